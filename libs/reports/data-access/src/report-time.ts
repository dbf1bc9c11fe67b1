/** The pilot zone's local time (China Standard Time, no daylight saving): days in reports are local days. */
export const LOCAL_UTC_OFFSET_MS = 8 * 3_600_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export const floorHour = (ms: number): number => Math.floor(ms / HOUR_MS) * HOUR_MS;
export const ceilHour = (ms: number): number => Math.ceil(ms / HOUR_MS) * HOUR_MS;

/** `YYYY-MM-DD` of the local day holding `ms`. */
export const localDay = (ms: number): string => new Date(ms + LOCAL_UTC_OFFSET_MS).toISOString().slice(0, 10);

/** Start (UTC ms) of a local day. */
export const localDayStartMs = (day: string): number => Date.parse(`${day}T00:00:00Z`) - LOCAL_UTC_OFFSET_MS;

/**
 * Splits [from, to) into whole local days (read from the daily tables) and the hours outside them (read from the
 * hourly tables). Hours count when they start inside the range.
 */
export function splitRange(fromMs: number, toMs: number): { days: [string, string] | null } {
  const firstDayStart = localDayStartMs(localDay(fromMs + DAY_MS - 1));
  const lastDayEnd = localDayStartMs(localDay(toMs));
  if (lastDayEnd - firstDayStart < DAY_MS) return { days: null };
  return { days: [localDay(firstDayStart), localDay(lastDayEnd)] };
}
