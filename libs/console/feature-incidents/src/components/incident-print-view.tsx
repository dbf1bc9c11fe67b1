import { formatDateTime } from '@fleet/console-admin-pages';
import type { IncidentDetail } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { REPORT_TEXT_FIELDS } from '../utils/report-form.js';

/**
 * Only the printed report shows on paper (A4, no header, no controls, no map); on screen it is hidden. The page
 * prints it with window.print(), so "save as PDF" in the browser's dialog makes the PDF.
 */
const PRINT_CSS = `
@media screen { [data-print="only"] { display: none !important; } }
@media print {
  @page { size: A4 portrait; margin: 15mm; }
  .ant-layout-header, [data-print="screen"] { display: none !important; }
  .ant-layout, .ant-layout-content { height: auto !important; overflow: visible !important; background: #fff !important; }
  .ant-layout-content { padding: 0 !important; }
  [data-print="only"] { display: block !important; color: #000; font-size: 11pt; }
  [data-print="only"] table { width: 100%; border-collapse: collapse; margin-bottom: 10mm; }
  [data-print="only"] th, [data-print="only"] td { border: 1px solid #999; padding: 2mm 3mm; text-align: left; vertical-align: top; }
  [data-print="only"] th { width: 35%; background: #f2f2f2; }
  [data-print="only"] tr { page-break-inside: avoid; }
}
`;

const isControlMode = (v: string | null): v is (typeof CONTROL_MODES)[number] =>
  v !== null && (CONTROL_MODES as readonly string[]).includes(v);

/** The incident report as printed: identity, clocks, the collision report's fields, evidence digest, history. */
export function IncidentPrintView({ incident }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const r = incident.report;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : '');
  const rows: [string, string][] = [
    [t('incidents.column.vehicle'), incident.vehicleId],
    [t('incidents.column.kind'), t(`incidentKind.${incident.kind}`)],
    [t('incidents.column.status'), t(`incidentStatus.${incident.status}`)],
    [t('incidents.openedAt'), when(incident.openedAt)],
    [t('report.time'), when(r.time ?? incident.time)],
    [t('report.position'), r.latDeg !== null && r.lonDeg !== null ? `${r.latDeg}, ${r.lonDeg}` : ''],
    [t('report.controlModeAtEvent'), isControlMode(r.controlModeAtEvent) ? t(`mode.${r.controlModeAtEvent}`) : ''],
    ...REPORT_TEXT_FIELDS.map((f): [string, string] => [t(`report.${f}`), r[f] ?? '']),
    [t('report.collisionType'), r.collisionType ? t(`collisionType.${r.collisionType}`) : ''],
    [
      t('report.atFault'),
      t(r.atFault === null ? 'report.atFault.unknown' : r.atFault ? 'report.atFault.yes' : 'report.atFault.no'),
    ],
    [t('report.narrative'), r.narrative ?? ''],
    ...incident.deadlines.map((d): [string, string] => [
      t(`deadline.${d.kind}`),
      `${when(d.dueAt)}${d.metAt ? ` · ${t('deadline.met')} ${when(d.metAt)}` : ''}`,
    ]),
    [t('incidents.window'), `${when(incident.window.from)} — ${when(incident.window.to)}`],
    [t('evidence.samples'), String(incident.evidence.sampleCount)],
    [t('evidence.events'), String(incident.evidence.eventCount)],
    [t('evidence.digest'), incident.evidence.digest ?? t(`evidenceState.${incident.evidence.state}`)],
  ];
  return (
    <div data-print="only" data-testid="incident-print">
      <style>{PRINT_CSS}</style>
      <h2>
        {t('incidents.printTitle')} · {t('incidents.detailTitle', { id: incident.id })}
      </h2>
      <p>{t('incidents.printedAt', { time: formatDateTime(new Date().toISOString(), language) })}</p>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td style={{ whiteSpace: 'pre-wrap' }}>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('history.title')}</h3>
      <table>
        <tbody>
          {incident.history.map((h, i) => (
            <tr key={i}>
              <th>{when(h.at)}</th>
              <td>
                {h.action} · {h.actor}
                {h.note ? ` · ${h.note}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
