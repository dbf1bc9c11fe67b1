import { INCIDENT_KINDS, type IncidentKind } from '@fleet/incidents-model';
import { z } from 'zod';

/** The kinds a vehicle event opens on its own (manual incidents are opened by people). */
export const AUTO_INCIDENT_KINDS = ['collision', 'fault_level_3', 'minimal_risk_maneuver'] as const;
export type AutoIncidentKind = (typeof AUTO_INCIDENT_KINDS)[number];

export type EvidenceWindow = { beforeMs: number; afterMs: number };

export type IncidentSettings = {
  /** Which vehicle events open an incident by themselves. */
  openOn: AutoIncidentKind[];
  /** Evidence window per kind: [event − beforeMs, event + afterMs]. The rules want at least 90 s before. */
  windows: Record<IncidentKind, EvidenceWindow>;
  /** Capture waits this long after the window ends, so late (re-sent, in-flight) rows still make it in. */
  captureGraceMs: number;
  /** How often due windows are looked for (also right at start-up, for windows that ended while down). */
  captureCheckMs: number;
  /** The initial notice is due this long after opening (24 h, a setting: the figure is unconfirmed). */
  initialNoticeMs: number;
  /** The analysis report is due this long after opening. */
  analysisReportMs: number;
  /** How often overdue deadlines are looked for (each raises one alert). */
  deadlineCheckMs: number;
  /** Largest attachment accepted. */
  maxAttachmentBytes: number;
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The least the rules accept before the event. */
const MIN_BEFORE_MS = 90_000;

export const DEFAULT_INCIDENT_SETTINGS: IncidentSettings = {
  openOn: [...AUTO_INCIDENT_KINDS],
  windows: {
    collision: { beforeMs: 90_000, afterMs: 30_000 },
    fault_level_3: { beforeMs: 90_000, afterMs: 30_000 },
    minimal_risk_maneuver: { beforeMs: 90_000, afterMs: 30_000 },
    manual: { beforeMs: 90_000, afterMs: 30_000 },
  },
  captureGraceMs: 5_000,
  captureCheckMs: 5_000,
  initialNoticeMs: 24 * HOUR_MS,
  analysisReportMs: 15 * DAY_MS,
  deadlineCheckMs: 60_000,
  maxAttachmentBytes: 4 * 1024 * 1024,
};

const ms = (min: number, max: number) => z.number().int().min(min).max(max);
const window = z.strictObject({ beforeMs: ms(MIN_BEFORE_MS, 3_600_000), afterMs: ms(0, 3_600_000) }).partial();

const overrides = z
  .strictObject({
    openOn: z.array(z.enum(AUTO_INCIDENT_KINDS)),
    windows: z
      .strictObject(Object.fromEntries(INCIDENT_KINDS.map((k) => [k, window])) as Record<IncidentKind, typeof window>)
      .partial(),
    captureGraceMs: ms(0, 3_600_000),
    captureCheckMs: ms(100, 3_600_000),
    initialNoticeMs: ms(60_000, 90 * DAY_MS),
    analysisReportMs: ms(60_000, 365 * DAY_MS),
    deadlineCheckMs: ms(100, DAY_MS),
    maxAttachmentBytes: ms(1, 32 * 1024 * 1024),
  })
  .partial();

/**
 * DEFAULT_INCIDENT_SETTINGS with overrides from INCIDENT_SETTINGS as JSON, e.g.
 * `{"windows": {"collision": {"afterMs": 5000}}, "analysisReportMs": 1296000000}`. Read once at start-up; anything
 * wrong stops the start with every problem listed.
 */
export function incidentSettingsFrom(json: string | undefined): IncidentSettings {
  if (!json) return DEFAULT_INCIDENT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('INCIDENT_SETTINGS is not valid JSON');
  }
  const parsed = overrides.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`INCIDENT_SETTINGS: ${problems.join('; ')}`);
  }
  const { windows, ...rest } = parsed.data;
  const merged = Object.fromEntries(
    INCIDENT_KINDS.map((k) => [k, { ...DEFAULT_INCIDENT_SETTINGS.windows[k], ...windows?.[k] }]),
  ) as Record<IncidentKind, EvidenceWindow>;
  return { ...DEFAULT_INCIDENT_SETTINGS, ...rest, windows: merged };
}
