/**
 * Seconds to wait from a `Retry-After` header (RFC 9110: delay-seconds or an HTTP date), rounded up and
 * never negative; null when the header is absent or unreadable.
 */
export function parseRetryAfterSeconds(header: string | null, nowMs: number): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value);
  // An HTTP date always names a weekday and month; this keeps Date.parse from reading '-5' as a year.
  if (!/[a-z]/i.test(value)) return null;
  const dateMs = Date.parse(value);
  if (Number.isNaN(dateMs)) return null;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}
