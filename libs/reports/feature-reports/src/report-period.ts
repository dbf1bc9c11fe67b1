import { ApiError } from '@fleet/http';

const DAY_MS = 86_400_000;

/** [from, to) from the query, defaulting `to` to now and `from` to `defaultDays` (or months) before it. */
export function periodOf(
  q: { from?: number; to?: number },
  nowMs: number,
  defaultSpan: { days: number } | { months: number },
): { fromMs: number; toMs: number } {
  const toMs = q.to ?? nowMs;
  let fromMs = q.from;
  if (fromMs === undefined) {
    if ('days' in defaultSpan) fromMs = toMs - defaultSpan.days * DAY_MS;
    else {
      const d = new Date(toMs);
      d.setUTCMonth(d.getUTCMonth() - defaultSpan.months);
      fromMs = d.getTime();
    }
  }
  if (!(fromMs < toMs)) throw new ApiError('invalid_request', '`from` must be before `to`');
  if (toMs - fromMs > 3 * 366 * DAY_MS) throw new ApiError('invalid_request', 'a period is at most three years');
  return { fromMs, toMs };
}
