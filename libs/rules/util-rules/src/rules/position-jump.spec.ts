import { describe, expect, it } from 'vitest';
import { onSample } from '../evaluate.js';
import { DEFAULT_RULE_SETTINGS } from '../settings.js';
import { actions, permit, run, squareZone, straightTrack, T0, trackThrough } from '../testing/factories.js';

const roomy = permit({ zones: [squareZone('big', 20_000)], speedCapKph: 150 });

describe(onSample.name, () => {
  describe('implausible_position', () => {
    it('raises nothing for fast but physical driving, or for GNSS noise at 10 Hz', () => {
      expect(run(straightTrack({ count: 30, speedMps: 33 }), roomy).signals).toEqual([]);
      const jitter = trackThrough(
        Array.from({ length: 50 }, (_, i) => [i % 2 === 0 ? 3 : -3, i * 0.5] as [number, number]),
        {},
        10,
      );
      expect(run(jitter, roomy).signals).toEqual([]);
    });

    it('raises once for a single glitch and clears at the next consistent step', () => {
      const glitch = trackThrough([
        [0, 0],
        [10, 0],
        [1_010, 0],
        [20, 0],
        [30, 0],
      ]);
      const { signals } = run(glitch, roomy);
      expect(actions(signals)).toEqual(['raise implausible_position', 'clear implausible_position']);
      expect(signals[0]?.facts).toMatchObject({ jumpM: 1_000, elapsedMs: 1_000, maxPlausibleSpeedMps: 70 });
      expect(signals[1]?.timeMs).toBe(T0 + 4_000);
    });

    it('accepts a large move after a long gap when the implied speed is physical', () => {
      const gap = [...straightTrack({ count: 2 }), ...straightTrack({ count: 2, startMs: T0 + 61_000 })].map((s, i) =>
        i >= 2 ? { ...s, lonDeg: s.lonDeg + 0.02 } : s,
      );
      expect(run(gap, roomy).signals).toEqual([]);
    });

    it('keeps the glitch position out of the geofence', () => {
      const eager = { ...DEFAULT_RULE_SETTINGS, geofenceConfirmSamples: 1 };
      const glitch = trackThrough([
        [0, 0],
        [5_000, 0],
        [10, 0],
        [20, 0],
      ]);
      expect(actions(run(glitch, permit(), undefined, eager).signals)).toEqual([
        'raise implausible_position',
        'clear implausible_position',
      ]);
    });
  });
});
