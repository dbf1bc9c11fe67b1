import type { PromotionThresholds } from '@fleet/reports-model';
import { z } from 'zod';

/** The numbers behind the reports. Every one is a setting (REPORT_SETTINGS JSON overrides the defaults). */
export type ReportSettings = {
  /** Consecutive samples further apart than this are a gap: the pair contributes no distance or time. */
  gapS: number;
  /** A pair implying a faster speed than this is a position jump: it contributes nothing. */
  maxSpeedMps: number;
  /** Grid cell of the coverage heat map, degrees. */
  coverageCellDeg: number;
  /** Grid cell used to decide whether driving was inside a zone (promotion, km by zone), degrees (~11 m). */
  zoneCellDeg: number;
  /**
   * Live samples are counted once they are this old (ingest batches and queues land well within it); rows that
   * arrive later still count, through a recompute of their hours, which costs more. Keep it above the 10 s the
   * refresher allows for late commits, or rows that came on time are recomputed too (correct, but slower).
   */
  settleS: number;
  /** Late data older than this is not looked for (it would sit in compressed chunks, 7 days); a rebuild counts it. */
  lateHorizonDays: number;
  refreshIntervalS: number;
  /** At most this many hours of data a run (catching up on history goes on in further runs, one right after another). */
  maxWindowH: number;
  /** Default length of a periodic report. */
  periodMonths: number;
  promotion: PromotionThresholds;
};

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  gapS: 10,
  maxSpeedMps: 70,
  coverageCellDeg: 0.005,
  zoneCellDeg: 0.0001,
  settleS: 30,
  lateHorizonDays: 7,
  refreshIntervalS: 60,
  maxWindowH: 6,
  periodMonths: 6,
  promotion: {
    autonomousHours: 240,
    autonomousKm: 1000,
    violationKinds: [
      'geofence_exit',
      'outside_time_window',
      'over_speed',
      'no_active_permit',
      'permit_expired',
      'permit_suspended',
      'driverless_not_permitted',
      'safety_officer_missing',
    ],
  },
};

const positive = z.number().positive();
const overrides = z.strictObject({
  gapS: positive.optional(),
  maxSpeedMps: positive.optional(),
  coverageCellDeg: positive.max(1).optional(),
  zoneCellDeg: positive.max(0.01).optional(),
  settleS: z.number().min(0).optional(),
  lateHorizonDays: positive.optional(),
  refreshIntervalS: positive.optional(),
  maxWindowH: positive.optional(),
  periodMonths: z.number().int().min(1).max(36).optional(),
  promotion: z
    .strictObject({
      autonomousHours: z.number().min(0).optional(),
      autonomousKm: z.number().min(0).optional(),
      violationKinds: z.array(z.string()).optional(),
    })
    .optional(),
});

/** Defaults overridden by a JSON object; throws listing every problem. */
export function reportSettingsFrom(json: string | undefined): ReportSettings {
  if (!json) return DEFAULT_REPORT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('REPORT_SETTINGS is not valid JSON');
  }
  const result = overrides.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`REPORT_SETTINGS: ${problems.join('; ')}`);
  }
  const parsed = result.data;
  return {
    ...DEFAULT_REPORT_SETTINGS,
    ...parsed,
    promotion: { ...DEFAULT_REPORT_SETTINGS.promotion, ...parsed.promotion },
  };
}
