import { describe, expect, it } from 'vitest';
import { chartPicks, valueRuns } from './chart-picks.js';

describe(chartPicks.name, () => {
  it('keeps every sample when there are few', () => {
    const times = Float64Array.from([0, 1, 2]);
    expect(chartPicks(times, [5, 6, 7], 0, 2, 100)).toEqual([0, 1, 2]);
  });

  it('keeps the first, lowest, highest and last sample of each pixel column, so spikes survive', () => {
    const n = 10_000;
    const times = Float64Array.from({ length: n }, (_, i) => i);
    const values = Float64Array.from({ length: n }, () => 1);
    values[4_321] = 99;
    values[7_654] = -50;
    const picks = chartPicks(times, values, 0, n, 100);
    expect(picks.length).toBeLessThanOrEqual(400);
    expect(picks).toContain(4_321);
    expect(picks).toContain(7_654);
    expect(picks[0]).toBe(0);
    expect(picks[picks.length - 1]).toBe(n - 1);
    expect(picks).toEqual([...picks].sort((a, b) => a - b));
    expect(new Set(picks).size).toBe(picks.length);
  });
});

describe(valueRuns.name, () => {
  it('groups consecutive equal values', () => {
    expect(valueRuns([2, 2, 0, 0, 0, 2])).toEqual([
      [0, 2, 2],
      [2, 5, 0],
      [5, 6, 2],
    ]);
    expect(valueRuns([])).toEqual([]);
  });
});
