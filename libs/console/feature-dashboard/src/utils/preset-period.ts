import type { PeriodPreset, ReportPeriod } from '../types/report-period.js';
import { startOfShanghaiDay } from './shanghai-days.js';

const DAY_MS = 86_400_000;
const PRESET_DAYS: Readonly<Record<PeriodPreset, number>> = { '7d': 7, '30d': 30, '90d': 90, '180d': 182 };

/** The last N calendar days (UTC+8) up to `now`, today included, so today's bar is always on the chart. */
export function presetPeriod(preset: PeriodPreset, now: number): ReportPeriod {
  const from = startOfShanghaiDay(now - (PRESET_DAYS[preset] - 1) * DAY_MS);
  return { from, to: new Date(now) };
}
