import { describe, expect, it } from 'vitest';
import { histogramQuantile, parsePrometheusText, total } from './prometheus-text.js';

const scrape = (lines: string[]) => parsePrometheusText(lines.join('\n'));

describe('Prometheus text', () => {
  it('reads series by their exact name and labels, skipping comments', () => {
    const m = scrape([
      '# HELP ingest_messages_total MQTT messages received',
      '# TYPE ingest_messages_total counter',
      'ingest_messages_total{process="ingest",channel="telemetry",outcome="stored"} 41',
      'ingest_messages_total{process="ingest",channel="events",outcome="stored"} 2',
      'ingest_queue_samples{process="ingest"} 0',
    ]);
    expect(total(m, 'ingest_messages_total')).toBe(43);
    expect(total(m, 'ingest_messages_total', 'channel="telemetry"')).toBe(41);
    expect(total(m, 'ingest_queue_samples')).toBe(0);
    expect(total(m, 'absent_metric')).toBe(0);
  });

  it('interpolates a quantile between two scrapes of a histogram, as histogram_quantile does', () => {
    const bucket = (le: string, n: number) => `lag_seconds_bucket{process="p",le="${le}"} ${n}`;
    const before = scrape([bucket('0.1', 10), bucket('0.5', 10), bucket('1', 10), bucket('+Inf', 10)]);
    const after = scrape([bucket('0.1', 60), bucket('0.5', 100), bucket('1', 110), bucket('+Inf', 110)]);
    // 100 new observations: 50 ≤ 0.1 s, 40 in (0.1, 0.5], 10 in (0.5, 1].
    expect(histogramQuantile(before, after, 'lag_seconds', 0.5)).toBeCloseTo(0.1);
    expect(histogramQuantile(before, after, 'lag_seconds', 0.7)).toBeCloseTo(0.3);
    expect(histogramQuantile(before, after, 'lag_seconds', 0.95)).toBeCloseTo(0.75);
    expect(histogramQuantile(after, after, 'lag_seconds', 0.5)).toBeUndefined();
  });
});
