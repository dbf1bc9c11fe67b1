/** How many series an ECharts option holds and how many of their data points carry a value other than 0. */
export function seriesPointCount(option: unknown): { series: number; points: number } {
  const series = isRecord(option) && Array.isArray(option['series']) ? option['series'] : [];
  let points = 0;
  for (const s of series) {
    const data = isRecord(s) && Array.isArray(s['data']) ? s['data'] : [];
    for (const item of data) if (hasValue(item)) points++;
  }
  return { series: series.length, points };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A data item is a number, `[x, y]` / `[x, y, value]` (the last entry counts) or `{ value }`. */
function hasValue(item: unknown): boolean {
  if (typeof item === 'number') return item !== 0 && Number.isFinite(item);
  if (Array.isArray(item)) return hasValue(item[item.length - 1]);
  if (isRecord(item)) return hasValue(item['value']);
  return false;
}
