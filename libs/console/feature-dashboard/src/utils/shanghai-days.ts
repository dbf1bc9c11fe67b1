const DAY_MS = 86_400_000;
/** China has one time zone and no daylight saving: UTC+8 all year. */
const UTC8_MS = 8 * 3_600_000;

/** `YYYY-MM-DD` of the calendar day (UTC+8, the server's `day`) that contains `ms`; `—` for an unreadable time. */
export function shanghaiDay(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return new Date(ms + UTC8_MS).toISOString().slice(0, 10);
}

/** Every UTC+8 calendar day touched by [from, to), oldest first: the x axis of per-day charts, gaps included. */
export function shanghaiDays(from: Date, to: Date): string[] {
  const days: string[] = [];
  const start = Date.parse(`${shanghaiDay(from.getTime())}T00:00:00+08:00`);
  for (let ms = start; ms < to.getTime(); ms += DAY_MS) days.push(shanghaiDay(ms));
  return days;
}

/** Midnight (UTC+8) starting the day that contains `ms`. */
export function startOfShanghaiDay(ms: number): Date {
  return new Date(`${shanghaiDay(ms)}T00:00:00+08:00`);
}
