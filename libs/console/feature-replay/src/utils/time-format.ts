/** `HH:mm:ss` (and `.s` tenths when asked) in local time, for the replay clock readout and chart axes. */
export function clockText(timeMs: number, tenths = false): string {
  const d = new Date(timeMs);
  const p = (n: number) => String(n).padStart(2, '0');
  const base = `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  return tenths ? `${base}.${Math.floor(d.getMilliseconds() / 100)}` : base;
}

/** `YYYY-MM-DD HH:mm:ss` in local time. */
export function dateTimeText(timeMs: number): string {
  const d = new Date(timeMs);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${clockText(timeMs)}`;
}
