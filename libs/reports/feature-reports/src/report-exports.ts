import type { DisengagementLogRow } from '@fleet/reports-data';
import {
  DISENGAGEMENT_CSV_COLUMNS,
  PERIODIC_CSV_COLUMNS,
  type PeriodicReport,
  type ReportMeta,
} from '@fleet/reports-model';
import { enumName, INITIATORS, type InitiatorName } from '@fleet/telemetry-contract';
import { toCsv } from './csv.js';

/** A CSV file with what it covers (sent as headers and in the file name too). */
export type CsvExport = { fileName: string; csv: string; meta: ReportMeta };

/** Columns appended to every row of our own exports, so a saved file still states what it covers. */
export const META_CSV_COLUMNS = ['period_from', 'period_to', 'generated_at', 'data_from', 'data_to'] as const;
const metaCells = (m: ReportMeta) => [m.from, m.to, m.generatedAt, m.dataFrom ?? '', m.dataTo ?? ''];

const stamp = (iso: string) => iso.slice(0, 10);

export function periodicCsv(report: PeriodicReport): CsvExport {
  const rows = report.vehicles.map((v) => [
    v.enterpriseId,
    v.vehicleId,
    v.vin,
    v.plate,
    v.category,
    v.distanceKm,
    v.autonomousDistanceKm,
    v.assistedDistanceKm,
    v.autonomousHours,
    v.onlineHours,
    v.disengagements.total,
    v.disengagements.byInitiator.system,
    v.disengagements.byInitiator.safety_officer,
    v.disengagements.byInitiator.remote_operator,
    v.disengagements.byInitiator.passenger,
    v.disengagements.byInitiator.unreported,
    v.disengagements.per1000AutonomousKm ?? '',
    v.takeoverRequests.count,
    v.violations,
    v.incidentsByKind.reduce((n, i) => n + i.count, 0),
    v.atFaultIncidents,
    ...metaCells(report.meta),
  ]);
  const name =
    report.kind === 'end_of_test' ? `end-of-test_${report.permitId ?? ''}` : `periodic_${report.enterpriseId}`;
  return {
    fileName: `${name}_${stamp(report.meta.from)}_${stamp(report.meta.to)}.csv`,
    csv: toCsv([...PERIODIC_CSV_COLUMNS, ...META_CSV_COLUMNS], rows),
    meta: report.meta,
  };
}

const DMV_INITIATOR: Record<InitiatorName, string> = {
  system: 'AV System',
  safety_officer: 'Test Driver',
  remote_operator: 'Remote Operator',
  passenger: 'Passenger',
};

/** Local (UTC+8) date and time, `YYYY-MM-DD HH:MM:SS`. */
const localDateTime = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** The disengagement log in California DMV's column shape, one row per disengagement. */
export function disengagementCsv(rows: readonly DisengagementLogRow[], meta: ReportMeta): CsvExport {
  const lines = rows.map((r) => {
    const initiator = enumName(INITIATORS, r.initiator);
    return [
      r.enterpriseNameZh === r.enterpriseNameEn ? r.enterpriseNameEn : `${r.enterpriseNameZh} (${r.enterpriseNameEn})`,
      r.permitId ?? '',
      localDateTime(r.time),
      r.vin,
      r.driverlessCapable ? 'Yes' : 'No',
      r.hadSample ? (r.safetyOfficerId ? 'Yes' : 'No') : 'Unknown',
      initiator ? DMV_INITIATOR[initiator] : 'Unknown',
      // No road-type data: garages for AVP vehicles, streets otherwise.
      r.category === 'avp' ? 'Parking Facility' : 'Street',
      r.detail,
    ];
  });
  return {
    fileName: `disengagements_${stamp(meta.from)}_${stamp(meta.to)}.csv`,
    csv: toCsv(DISENGAGEMENT_CSV_COLUMNS, lines),
    meta: {
      ...meta,
      dataFrom: rows[0]?.time.toISOString() ?? null,
      dataTo: rows.at(-1)?.time.toISOString() ?? null,
    },
  };
}
