/**
 * Indices of the samples worth drawing in a chart `buckets` pixels wide: per pixel column, the first, lowest,
 * highest and last sample (a min/max envelope, so a spike survives however long the range). Ascending, unique.
 */
export function chartPicks(
  times: Float64Array,
  values: ArrayLike<number>,
  fromMs: number,
  toMs: number,
  buckets: number,
): number[] {
  const n = times.length;
  const width = Math.max(1, Math.floor(buckets));
  if (n <= width * 4) return Array.from({ length: n }, (_, i) => i);
  const span = toMs - fromMs;
  const picks: number[] = [];
  let bucket = -1;
  let first = 0;
  let min = 0;
  let max = 0;
  let last = 0;
  const flush = () => {
    if (bucket < 0) return;
    for (const i of [first, min, max, last].sort((a, b) => a - b)) if (picks[picks.length - 1] !== i) picks.push(i);
  };
  for (let i = 0; i < n; i++) {
    const t = times[i] ?? 0;
    const b = span > 0 ? Math.min(width - 1, Math.max(0, Math.floor(((t - fromMs) / span) * width))) : 0;
    if (b !== bucket) {
      flush();
      bucket = b;
      first = min = max = last = i;
      continue;
    }
    const v = values[i] ?? 0;
    if (v < (values[min] ?? 0)) min = i;
    if (v > (values[max] ?? 0)) max = i;
    last = i;
  }
  flush();
  return picks;
}

/** Runs of one value (control mode bands): [startIndex, endIndexExclusive, value] for each change. */
export function valueRuns(values: ArrayLike<number>): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    const run = runs[runs.length - 1];
    if (run && run[2] === v) run[1] = i + 1;
    else runs.push([i, i + 1, v]);
  }
  return runs;
}
