/** The numbers of a Prometheus text exposition, keyed by series (`name{labels}` exactly as exposed). */
export type MetricValues = Map<string, number>;

export function parsePrometheusText(text: string): MetricValues {
  const values: MetricValues = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    const value = Number(line.slice(space + 1));
    if (Number.isFinite(value) || line.endsWith('+Inf')) values.set(line.slice(0, space), value);
  }
  return values;
}

/** Sum of the series of a metric whose labels include `label` (e.g. `channel="telemetry"`), or 0 when absent. */
export function total(values: MetricValues, name: string, label = ''): number {
  let sum = 0;
  for (const [series, value] of values) {
    if ((series === name || series.startsWith(`${name}{`)) && series.includes(label)) sum += value;
  }
  return sum;
}

/**
 * A quantile of a histogram between two scrapes (after − before), interpolated linearly within its bucket as
 * Prometheus' histogram_quantile does; undefined when nothing was observed.
 */
export function histogramQuantile(
  before: MetricValues,
  after: MetricValues,
  name: string,
  q: number,
): number | undefined {
  const buckets: { le: number; count: number }[] = [];
  for (const [series, value] of after) {
    const match = new RegExp(`^${name}_bucket\\{(?:.*,)?le="([^"]+)"`).exec(series);
    if (!match) continue;
    const le = match[1] === '+Inf' ? Infinity : Number(match[1]);
    buckets.push({ le, count: value - (before.get(series) ?? 0) });
  }
  buckets.sort((a, b) => a.le - b.le);
  const count = buckets.at(-1)?.count ?? 0;
  if (count <= 0) return undefined;
  const rank = q * count;
  let lowerLe = 0;
  let lowerCount = 0;
  for (const { le, count: c } of buckets) {
    if (c >= rank) {
      // Above the highest finite bound there is nothing to interpolate: report that bound as "at least".
      if (le === Infinity) return lowerLe;
      return lowerLe + ((le - lowerLe) * (rank - lowerCount)) / Math.max(c - lowerCount, 1e-9);
    }
    lowerLe = le;
    lowerCount = c;
  }
  return lowerLe;
}
