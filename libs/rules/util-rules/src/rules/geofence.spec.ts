import { describe, expect, it } from 'vitest';
import { onSample } from '../evaluate.js';
import { actions, corridorZone, permit, run, squareZone, trackThrough } from '../testing/factories.js';

// The default permit's zone is a square reaching 1000 m east of the origin; exit margin 15 m, 3 samples to confirm.
const alongEast = (eastM: readonly number[]): [number, number][] => eastM.map((e, i) => [e, i * 5]);

describe(onSample.name, () => {
  describe('geofence_exit', () => {
    it('raises nothing for a track that stays inside the zone', () => {
      const { signals } = run(trackThrough(alongEast(Array.from({ length: 40 }, (_, i) => i * 25))));
      expect(signals).toEqual([]);
    });

    it('raises nothing for a vehicle zig-zagging across the edge within the hysteresis', () => {
      const zigzag = Array.from({ length: 60 }, (_, i) => [988, 1_012, 1_014, 1_003, 995, 1_014.5][i % 6] ?? 1_000);
      expect(run(trackThrough(alongEast(zigzag))).signals).toEqual([]);
    });

    it('raises once and clears once for a vehicle that leaves by 50 m and comes back', () => {
      const east = [990, 995, 1_000, ...Array<number>(20).fill(1_050), 1_000, 980, 960, 950, 950, 950];
      const track = trackThrough(alongEast(east));
      const { signals } = run(track);
      expect(actions(signals)).toEqual(['raise geofence_exit', 'clear geofence_exit']);
      // Raised on the third sample beyond the margin, cleared on the third sample back inside.
      expect(signals[0]?.timeMs).toBe(track[5]?.timeMs);
      expect(signals[0]?.facts).toMatchObject({ permitId: 'P-1', nearestZoneId: 'Z-square' });
      expect(signals[0]?.facts['outsideByM']).toBeCloseTo(50, 0);
      expect(signals[1]?.timeMs).toBe(track[26]?.timeMs);
    });

    it('counts 16 m out as outside and 14 m out as within the margin', () => {
      expect(actions(run(trackThrough(alongEast([1_016, 1_016, 1_016]))).signals)).toEqual(['raise geofence_exit']);
      expect(run(trackThrough(alongEast(Array<number>(30).fill(1_014)))).signals).toEqual([]);
    });

    it('ignores a GNSS excursion shorter than the confirmation count', () => {
      expect(run(trackThrough(alongEast([1_000, 1_060, 1_060, 990, 1_060, 1_060, 990]))).signals).toEqual([]);
    });

    it('stays raised while the vehicle hovers just outside, inside the hysteresis band', () => {
      const east = [1_050, 1_050, 1_050, ...Array<number>(30).fill(1_005), 990, 990];
      expect(actions(run(trackThrough(alongEast(east))).signals)).toEqual(['raise geofence_exit']);
      expect(actions(run(trackThrough(alongEast([...east, 990]))).signals)).toEqual([
        'raise geofence_exit',
        'clear geofence_exit',
      ]);
    });

    it('keeps a vehicle in a road corridor inside and raises when it leaves the corridor', () => {
      const road = permit({
        zones: [
          corridorZone('road', 20, [
            [-2_000, 0],
            [2_000, 0],
          ]),
        ],
      });
      const onRoad = trackThrough(
        Array.from({ length: 20 }, (_, i) => [i * 10, i % 2 === 0 ? 8 : -8] as [number, number]),
      );
      expect(run(onRoad, road).signals).toEqual([]);
      const nearRoad = trackThrough(Array.from({ length: 20 }, (_, i) => [i * 10, 24] as [number, number]));
      expect(run(nearRoad, road).signals).toEqual([]);
      const offRoad = trackThrough([
        [0, 0],
        [10, 40],
        [20, 40],
        [30, 40],
        [40, 0],
        [50, 0],
        [60, 0],
      ]);
      expect(actions(run(offRoad, road).signals)).toEqual(['raise geofence_exit', 'clear geofence_exit']);
    });

    it('treats adjacent zones as one area, so crossing their shared edge raises nothing', () => {
      const two = permit({ zones: [squareZone('west', 1_000), squareZone('east', 1_000, 2_000)] });
      const crossing = trackThrough(alongEast(Array.from({ length: 30 }, (_, i) => 700 + i * 20)));
      expect(run(crossing, two).signals).toEqual([]);
    });

    it('does not apply while a human drives, and clears when the vehicle leaves automation', () => {
      const outsideManual = trackThrough(alongEast([1_100, 1_100, 1_100, 1_100]), { controlMode: 'manual' });
      expect(run(outsideManual).signals).toEqual([]);
      const outside = trackThrough(alongEast([1_100, 1_100, 1_100, 1_100, 1_100]));
      const handOver = outside.map((s, i) => (i === 4 ? { ...s, controlMode: 'manual' as const } : s));
      expect(actions(run(handOver).signals)).toEqual(['raise geofence_exit', 'clear geofence_exit']);
    });

    it('fails closed on a permit without zones', () => {
      const { signals } = run(trackThrough(alongEast([0, 0, 0])), permit({ zones: [] }));
      expect(actions(signals)).toEqual(['raise geofence_exit']);
      expect(signals[0]?.facts['outsideByM']).toBeNull();
    });
  });
});
