import type { IncidentReport } from '@fleet/incidents-model';

/** The report's text fields, in the order the form shows them. */
export const REPORT_TEXT_FIELDS = [
  'place',
  'otherParty',
  'injuries',
  'damage',
  'weather',
  'lighting',
  'roadSurface',
  'movementBefore',
] as const satisfies readonly (keyof IncidentReport)[];

/** What the form edits: text as strings ('' = not given), the time as a datetime-local value. */
export type ReportFormValues = Omit<
  IncidentReport,
  'time' | 'latDeg' | 'lonDeg' | (typeof REPORT_TEXT_FIELDS)[number] | 'narrative'
> &
  Record<(typeof REPORT_TEXT_FIELDS)[number] | 'narrative' | 'time', string> & {
    latDeg: number | null;
    lonDeg: number | null;
  };

const localValue = (iso: string | null): string => {
  if (iso === null) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

/** The form's starting values; the time defaults to the incident's. */
export function formValuesOf(report: IncidentReport, incidentTime: string): ReportFormValues {
  return {
    ...report,
    time: localValue(report.time ?? incidentTime),
    place: report.place ?? '',
    otherParty: report.otherParty ?? '',
    injuries: report.injuries ?? '',
    damage: report.damage ?? '',
    weather: report.weather ?? '',
    lighting: report.lighting ?? '',
    roadSurface: report.roadSurface ?? '',
    movementBefore: report.movementBefore ?? '',
    narrative: report.narrative ?? '',
  };
}

const textOrNull = (v: string | undefined): string | null => {
  const trimmed = (v ?? '').trim();
  return trimmed === '' ? null : trimmed;
};

/** The report to send: empty text as null (not given), the local time as ISO UTC. */
export function reportOf(values: ReportFormValues): IncidentReport {
  const timeMs = values.time ? new Date(values.time).getTime() : NaN;
  return {
    time: Number.isFinite(timeMs) ? new Date(timeMs).toISOString() : null,
    place: textOrNull(values.place),
    latDeg: values.latDeg ?? null,
    lonDeg: values.lonDeg ?? null,
    controlModeAtEvent: values.controlModeAtEvent ?? null,
    otherParty: textOrNull(values.otherParty),
    injuries: textOrNull(values.injuries),
    damage: textOrNull(values.damage),
    weather: textOrNull(values.weather),
    lighting: textOrNull(values.lighting),
    roadSurface: textOrNull(values.roadSurface),
    movementBefore: textOrNull(values.movementBefore),
    collisionType: values.collisionType ?? null,
    narrative: textOrNull(values.narrative),
    atFault: values.atFault ?? null,
  };
}
