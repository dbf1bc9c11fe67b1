import { describe, expect, it } from 'vitest';
import { onSample } from '../evaluate.js';
import type { SampleFacts } from '../facts.js';
import { actions, run, straightTrack } from '../testing/factories.js';

/** Samples received `lagMs[i]` after they were taken (negative: the vehicle clock runs ahead). */
const lagging = (lagMs: readonly number[]): SampleFacts[] =>
  straightTrack({ count: lagMs.length }).map((s, i) => ({ ...s, receivedMs: s.timeMs + (lagMs[i] ?? 0) }));

describe(onSample.name, () => {
  describe('clock_skew', () => {
    it('raises nothing for ordinary network delay and batching', () => {
      expect(run(lagging([200, 1_500, 5_000, 9_000, 10_000, 300])).signals).toEqual([]);
    });

    it('raises after three skewed samples in a row and clears after three good ones', () => {
      const { signals } = run(lagging([200, 60_000, 60_000, 60_000, 60_000, 200, 200, 200]));
      expect(actions(signals)).toEqual(['raise clock_skew', 'clear clock_skew']);
      expect(signals[0]?.facts).toEqual({ skewMs: 60_000, maxClockSkewMs: 10_000 });
      expect(signals[0]?.detail).toMatch(/behind by 60 s/);
    });

    it('ignores two congested messages in a row', () => {
      expect(run(lagging([200, 30_000, 30_000, 200, 30_000, 30_000, 200])).signals).toEqual([]);
    });

    it('detects a vehicle clock running ahead, dated by the platform clock', () => {
      const track = lagging([-3_600_000, -3_600_000, -3_600_000]);
      const { signals } = run(track);
      expect(signals[0]?.detail).toMatch(/ahead by 3600 s/);
      expect(signals[0]?.timeMs).toBe(track[2]?.receivedMs);
    });
  });
});
