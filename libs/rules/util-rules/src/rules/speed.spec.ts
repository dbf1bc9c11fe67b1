import { describe, expect, it } from 'vitest';
import { onSample } from '../evaluate.js';
import type { SampleFacts } from '../facts.js';
import { actions, at, permit, run, sample, squareZone, T0 } from '../testing/factories.js';

// Cap 40 km/h, tolerance 2 km/h, 3 s to raise and to clear. A 40 km square so that long tracks stay inside.
const roomy = permit({ zones: [squareZone('big', 20_000)] });
const kph = (v: number): number => v / 3.6;

/** One sample a second, each at the given speed, moving consistently with it. */
function speeds(kphList: readonly number[]): SampleFacts[] {
  let east = -10_000;
  return kphList.map((v, i) => {
    east += kph(v);
    const [lonDeg, latDeg] = at(east);
    return sample({ timeMs: T0 + i * 1000, speedMps: kph(v), lonDeg, latDeg });
  });
}

describe(onSample.name, () => {
  describe('over_speed', () => {
    it('allows exactly the cap plus the tolerance, however long', () => {
      expect(run(speeds(Array<number>(30).fill(42)), roomy).signals).toEqual([]);
    });

    it('ignores an excess shorter than the minimum duration', () => {
      expect(run(speeds([38, 42.5, 50, 55, 39, 38, 45, 45, 45, 30]), roomy).signals).toEqual([]);
    });

    it('raises after 3 s over the limit and clears after 3 s back within it', () => {
      const track = speeds([38, 50, 50, 50, 50, 50, 50, 30, 30, 30, 30, 30]);
      const { signals } = run(track, roomy);
      expect(actions(signals)).toEqual(['raise over_speed', 'clear over_speed']);
      expect(signals[0]?.timeMs).toBe(track[4]?.timeMs);
      expect(signals[0]?.facts).toMatchObject({ speedKph: 50, capKph: 40, toleranceKph: 2, overForMs: 3_000 });
      expect(signals[1]?.timeMs).toBe(track[10]?.timeMs);
    });

    it('raises exactly once for a vehicle that stays over for 100 samples', () => {
      const { signals } = run(speeds(Array<number>(100).fill(60)), roomy);
      expect(actions(signals)).toEqual(['raise over_speed']);
    });

    it('keeps one alert through a one-second dip under the cap', () => {
      const { signals } = run(speeds([50, 50, 50, 50, 50, 35, 50, 50, 50, 50]), roomy);
      expect(actions(signals)).toEqual(['raise over_speed']);
    });

    it('does not apply while a human drives', () => {
      const manual = speeds(Array<number>(10).fill(80)).map((s) => ({ ...s, controlMode: 'manual' as const }));
      expect(run(manual, roomy).signals).toEqual([]);
    });
  });
});
