import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import type { KindCount, VehicleFigures } from '@fleet/reports-model';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { localDayStartMs, splitRange } from './report-time.js';

/** Which vehicles a figures query covers; always within the caller's scope. */
export type VehicleSelection = { enterpriseId?: string; vehicleIds?: string[] };

type HourlySums = {
  distance_m: number;
  manual_m: number;
  assisted_m: number;
  automated_m: number;
  remote_m: number;
  minimal_risk_m: number;
  manual_s: number;
  assisted_s: number;
  automated_s: number;
  remote_s: number;
  minimal_risk_s: number;
  online_s: number;
  samples: number;
  speed_sum_mps: number;
  max_speed_mps: number | null;
};
type VehicleRow = HourlySums & {
  vehicle_id: string;
  vin: string;
  plate: string;
  enterprise_id: string;
  category: string;
  data_from: Date | null;
  data_to: Date | null;
  disengagements: number;
  dis_system: number;
  dis_officer: number;
  dis_remote: number;
  dis_passenger: number;
  dis_unreported: number;
  takeover_requests: number;
  takeover_responses: number;
  takeover_response_ms_sum: number;
};
type CountRow = { vehicle_id: string; kind: string; count: number; at_fault: number };

const SUM_COLUMNS = [
  'distance_m',
  'manual_m',
  'assisted_m',
  'automated_m',
  'remote_m',
  'minimal_risk_m',
  'manual_s',
  'assisted_s',
  'automated_s',
  'remote_s',
  'minimal_risk_s',
  'online_s',
  'samples',
  'speed_sum_mps',
] as const;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
export const km = (m: number) => round(m / 1_000, 3);
export const hours = (s: number) => round(s / 3_600, 5);
export const per1000 = (count: number, distanceKm: number) =>
  distanceKm > 0 ? round((count * 1_000) / distanceKm, 3) : null;

/**
 * Reads the report aggregates (never raw samples): whole local days from the daily table, the hours outside them
 * from the hourly table, events from report_events_hourly, alerts and incidents from their tables.
 */
export class ReportFiguresRepository {
  constructor(private readonly db: Queryable) {}

  /** Figures per vehicle in scope over [from, to) (hours starting in the range), one entry per vehicle, zeros included. */
  async vehicleFigures(
    scope: DataScope,
    selection: VehicleSelection,
    fromMs: number,
    toMs: number,
    violationKinds: readonly string[],
  ): Promise<{ vehicles: VehicleFigures[]; dataFrom: string | null; dataTo: string | null }> {
    const { days } = splitRange(fromMs, toMs);
    const dayStart = days ? new Date(localDayStartMs(days[0])) : null;
    const dayEnd = days ? new Date(localDayStartMs(days[1])) : null;
    const sums = SUM_COLUMNS.map((c) => `coalesce(sum(p.${c}), 0)::float8 AS ${c}`).join(', ');
    const cols = SUM_COLUMNS.join(', ');
    const params = [
      new Date(fromMs),
      new Date(toMs),
      enterpriseParam(scope),
      selection.enterpriseId ?? null,
      selection.vehicleIds ?? null,
      days?.[0] ?? null,
      days?.[1] ?? null,
      dayStart,
      dayEnd,
    ];
    const rows = await this.db.query<VehicleRow>(
      `WITH v AS (
         SELECT id, vin, plate, enterprise_id, category FROM vehicles
          WHERE ($3::text IS NULL OR enterprise_id = $3) AND ($4::text IS NULL OR enterprise_id = $4)
            AND ($5::text[] IS NULL OR id = ANY($5::text[]))
       ), p AS (
         SELECT vehicle_id, ${cols}, max_speed_mps, first_time, last_time FROM report_vehicle_daily
          WHERE $6::date IS NOT NULL AND day >= $6::date AND day < $7::date AND vehicle_id IN (SELECT id FROM v)
         UNION ALL
         SELECT vehicle_id, ${cols}, max_speed_mps, first_time, last_time FROM report_vehicle_hourly
          WHERE hour >= $1 AND hour < coalesce($8::timestamptz, $2) AND vehicle_id IN (SELECT id FROM v)
         UNION ALL
         SELECT vehicle_id, ${cols}, max_speed_mps, first_time, last_time FROM report_vehicle_hourly
          WHERE $9::timestamptz IS NOT NULL AND hour >= $9 AND hour < $2 AND vehicle_id IN (SELECT id FROM v)
       ), e AS (
         SELECT vehicle_id, sum(disengagements)::int AS disengagements, sum(disengagements_system)::int AS dis_system,
                sum(disengagements_officer)::int AS dis_officer, sum(disengagements_remote)::int AS dis_remote,
                sum(disengagements_passenger)::int AS dis_passenger,
                sum(disengagements_unreported)::int AS dis_unreported,
                sum(takeover_requests)::int AS takeover_requests, sum(takeover_responses)::int AS takeover_responses,
                sum(takeover_response_ms_sum)::float8 AS takeover_response_ms_sum
           FROM report_events_hourly
          WHERE hour >= $1 AND hour < $2 AND vehicle_id IN (SELECT id FROM v)
          GROUP BY vehicle_id
       )
       SELECT v.id AS vehicle_id, v.vin, v.plate, v.enterprise_id, v.category, ${sums},
              max(p.max_speed_mps)::float8 AS max_speed_mps, min(p.first_time) AS data_from, max(p.last_time) AS data_to,
              coalesce(max(e.disengagements), 0) AS disengagements, coalesce(max(e.dis_system), 0) AS dis_system,
              coalesce(max(e.dis_officer), 0) AS dis_officer, coalesce(max(e.dis_remote), 0) AS dis_remote,
              coalesce(max(e.dis_passenger), 0) AS dis_passenger, coalesce(max(e.dis_unreported), 0) AS dis_unreported,
              coalesce(max(e.takeover_requests), 0) AS takeover_requests,
              coalesce(max(e.takeover_responses), 0) AS takeover_responses,
              coalesce(max(e.takeover_response_ms_sum), 0) AS takeover_response_ms_sum
         FROM v LEFT JOIN p ON p.vehicle_id = v.id LEFT JOIN e ON e.vehicle_id = v.id
        GROUP BY v.id, v.vin, v.plate, v.enterprise_id, v.category
        ORDER BY v.enterprise_id, v.id`,
      params,
    );
    const ids = rows.rows.map((r) => r.vehicle_id);
    const [alerts, incidents] = await Promise.all([
      this.alertCounts(ids, fromMs, toMs),
      this.incidentCounts(ids, fromMs, toMs),
    ]);
    const violationSet = new Set(violationKinds);
    let dataFrom: Date | null = null;
    let dataTo: Date | null = null;
    const vehicles = rows.rows.map((r): VehicleFigures => {
      if (r.data_from && (!dataFrom || r.data_from < dataFrom)) dataFrom = r.data_from;
      if (r.data_to && (!dataTo || r.data_to > dataTo)) dataTo = r.data_to;
      const mine = (list: CountRow[]) => list.filter((c) => c.vehicle_id === r.vehicle_id);
      const alertsByKind = mine(alerts).map(({ kind, count }) => ({ kind, count }));
      const incidentRows = mine(incidents);
      const autonomousDistanceKm = km(r.automated_m);
      const byMode = Object.fromEntries(
        CONTROL_MODES.map((mode) => [mode, { distanceKm: km(r[`${mode}_m`]), hours: hours(r[`${mode}_s`]) }]),
      ) as VehicleFigures['byMode'];
      return {
        vehicleId: r.vehicle_id,
        vin: r.vin,
        plate: r.plate,
        enterpriseId: r.enterprise_id,
        category: r.category,
        distanceKm: km(r.distance_m),
        autonomousDistanceKm,
        assistedDistanceKm: km(r.assisted_m),
        autonomousHours: hours(r.automated_s),
        assistedHours: hours(r.assisted_s),
        onlineHours: hours(r.online_s),
        byMode,
        maxSpeedKph: r.max_speed_mps === null ? null : round(r.max_speed_mps * 3.6, 1),
        meanSpeedKph: r.samples > 0 ? round((r.speed_sum_mps / r.samples) * 3.6, 1) : null,
        disengagements: {
          total: r.disengagements,
          byInitiator: {
            system: r.dis_system,
            safety_officer: r.dis_officer,
            remote_operator: r.dis_remote,
            passenger: r.dis_passenger,
            unreported: r.dis_unreported,
          },
          per1000AutonomousKm: per1000(r.disengagements, autonomousDistanceKm),
        },
        takeoverRequests: {
          count: r.takeover_requests,
          meanResponseS:
            r.takeover_responses > 0 ? round(r.takeover_response_ms_sum / r.takeover_responses / 1_000, 2) : null,
        },
        alertsByKind,
        incidentsByKind: incidentRows.map(({ kind, count }) => ({ kind, count })),
        violations: alertsByKind.filter((a) => violationSet.has(a.kind)).reduce((n, a) => n + a.count, 0),
        atFaultIncidents: incidentRows.reduce((n, i) => n + i.at_fault, 0),
      };
    });
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    return { vehicles, dataFrom: iso(dataFrom), dataTo: iso(dataTo) };
  }

  private async alertCounts(vehicleIds: string[], fromMs: number, toMs: number): Promise<CountRow[]> {
    if (vehicleIds.length === 0) return [];
    const rows = await this.db.query<CountRow>(
      `SELECT vehicle_id, kind, count(*)::int AS count, 0 AS at_fault FROM alerts
        WHERE vehicle_id = ANY($1::text[]) AND raised_at >= $2 AND raised_at < $3
        GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
      [vehicleIds, new Date(fromMs), new Date(toMs)],
    );
    return rows.rows;
  }

  private async incidentCounts(vehicleIds: string[], fromMs: number, toMs: number): Promise<CountRow[]> {
    if (vehicleIds.length === 0) return [];
    const rows = await this.db.query<CountRow>(
      `SELECT vehicle_id, kind, count(*)::int AS count, count(*) FILTER (WHERE at_fault)::int AS at_fault
         FROM incidents
        WHERE vehicle_id = ANY($1::text[]) AND occurred_at >= $2 AND occurred_at < $3
        GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
      [vehicleIds, new Date(fromMs), new Date(toMs)],
    );
    return rows.rows;
  }

  /** Autonomous km per local day and enterprise, days overlapping [from, to). */
  async autonomousKmPerDay(
    scope: DataScope,
    enterpriseId: string | null,
    fromDay: string,
    toDayInclusive: string,
  ): Promise<{ day: string; enterpriseId: string; km: number }[]> {
    const rows = await this.db.query<{ day: string; enterprise_id: string; m: number }>(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, v.enterprise_id, sum(d.automated_m)::float8 AS m
         FROM report_vehicle_daily d JOIN vehicles v ON v.id = d.vehicle_id
        WHERE d.day >= $1::date AND d.day <= $2::date
          AND ($3::text IS NULL OR v.enterprise_id = $3) AND ($4::text IS NULL OR v.enterprise_id = $4)
        GROUP BY 1, 2 ORDER BY 1, 2`,
      [fromDay, toDayInclusive, enterpriseParam(scope), enterpriseId],
    );
    return rows.rows.map((r) => ({ day: r.day, enterpriseId: r.enterprise_id, km: km(r.m) }));
  }

  /** Vehicles that sent data, per hour starting in [from, to). */
  async vehiclesOnline(
    scope: DataScope,
    enterpriseId: string | null,
    fromMs: number,
    toMs: number,
  ): Promise<{ time: string; online: number }[]> {
    const rows = await this.db.query<{ hour: Date; online: number }>(
      `SELECT hour, sum(vehicles)::int AS online FROM report_online_hourly
        WHERE hour >= $1 AND hour < $2
          AND ($3::text IS NULL OR enterprise_id = $3) AND ($4::text IS NULL OR enterprise_id = $4)
        GROUP BY 1 ORDER BY 1`,
      [new Date(fromMs), new Date(toMs), enterpriseParam(scope), enterpriseId],
    );
    return rows.rows.map((r) => ({ time: r.hour.toISOString(), online: r.online }));
  }

  /** Alerts or incidents by kind over [from, to) for the vehicles in scope. */
  async countsByKind(
    table: 'alerts' | 'incidents',
    scope: DataScope,
    enterpriseId: string | null,
    fromMs: number,
    toMs: number,
  ): Promise<KindCount[]> {
    const time = table === 'alerts' ? 'raised_at' : 'occurred_at';
    const rows = await this.db.query<KindCount>(
      `SELECT kind, count(*)::int AS count FROM ${table}
        WHERE ${time} >= $1 AND ${time} < $2
          AND ($3::text IS NULL OR enterprise_id = $3) AND ($4::text IS NULL OR enterprise_id = $4)
        GROUP BY 1 ORDER BY 2 DESC, 1`,
      [new Date(fromMs), new Date(toMs), enterpriseParam(scope), enterpriseId],
    );
    return rows.rows;
  }

  /** Autonomous metres per coverage cell over the local days overlapping [from, to). */
  async coverage(
    scope: DataScope,
    enterpriseId: string | null,
    fromDay: string,
    toDayInclusive: string,
    cellDeg: number,
  ): Promise<{ lat: number; lon: number; autonomousKm: number }[]> {
    const rows = await this.db.query<{ cell_lat: number; cell_lon: number; m: number }>(
      `SELECT cell_lat, cell_lon, sum(automated_m)::float8 AS m FROM report_coverage_daily
        WHERE day >= $1::date AND day <= $2::date AND cell_deg = $5
          AND ($3::text IS NULL OR enterprise_id = $3) AND ($4::text IS NULL OR enterprise_id = $4)
        GROUP BY 1, 2 ORDER BY 3 DESC`,
      [fromDay, toDayInclusive, enterpriseParam(scope), enterpriseId, cellDeg],
    );
    return rows.rows.map((r) => ({
      lat: round(r.cell_lat * cellDeg, 6),
      lon: round(r.cell_lon * cellDeg, 6),
      autonomousKm: km(r.m),
    }));
  }

  /** When the refresher last completed (the aggregates are complete up to then). */
  async refreshedThrough(): Promise<string | null> {
    const rows = await this.db.query<{ refreshed_through: Date | null }>(
      `SELECT refreshed_through FROM report_refresh_state WHERE id = 'reports'`,
    );
    return rows.rows[0]?.refreshed_through?.toISOString() ?? null;
  }
}
