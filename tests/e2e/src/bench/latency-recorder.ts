/** Latencies in milliseconds, kept whole so percentiles are exact (a few hundred thousand numbers at most). */
export class LatencyRecorder {
  private values: number[] = [];

  add(ms: number): void {
    this.values.push(ms);
  }

  get count(): number {
    return this.values.length;
  }

  /** Percentiles of what was recorded since the last drain, then forgets it. */
  drain(): LatencySummary {
    const sorted = Float64Array.from(this.values).sort();
    this.values = [];
    return summarise(sorted);
  }
}

export type LatencySummary = {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
};

export function summarise(sorted: Float64Array): LatencySummary {
  const at = (q: number) =>
    sorted.length === 0 ? null : Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
  return {
    count: sorted.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.length === 0 ? null : Math.round(sorted[sorted.length - 1] ?? 0),
  };
}
