/** A `datetime-local` input's value (local time, seconds) for `timeMs`. */
export function localInputValue(timeMs: number): string {
  const d = new Date(timeMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** The instant a `datetime-local` value names (local time), NaN when empty or malformed. */
export function localInputMs(value: string): number {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? new Date(value).getTime() : NaN;
}
