import type { TrackPoint } from '@fleet/fleet-model';
import { describe, expect, it } from 'vitest';
import { trackColumns } from './track-columns.js';
import {
  emptySample,
  indexAtOrBefore,
  lerpHeading,
  MIN_GLIDE_GAP_MS,
  neighbourSampleTime,
  sampleTrack,
} from './interpolate-track.js';

const point = (timeMs: number, over: Partial<TrackPoint> = {}): TrackPoint => ({
  timeMs,
  lonDeg: 121,
  latDeg: 31,
  speedMps: 10,
  headingDeg: 0,
  accelMps2: 0,
  controlMode: 'automated',
  ...over,
});

describe(indexAtOrBefore.name, () => {
  const times = Float64Array.from([10, 20, 30, 40]);

  it('finds the last sample at or before the instant', () => {
    expect(indexAtOrBefore(times, 10)).toBe(0);
    expect(indexAtOrBefore(times, 19.9)).toBe(0);
    expect(indexAtOrBefore(times, 20)).toBe(1);
    expect(indexAtOrBefore(times, 39)).toBe(2);
    expect(indexAtOrBefore(times, 1_000)).toBe(3);
  });

  it('answers -1 before the first sample and on an empty track', () => {
    expect(indexAtOrBefore(times, 9)).toBe(-1);
    expect(indexAtOrBefore(new Float64Array(0), 5)).toBe(-1);
  });

  it('agrees with a linear scan on a long track', () => {
    const long = Float64Array.from({ length: 1_001 }, (_, i) => i * 100 + (i % 3));
    for (const t of [0, 57, 5_000, 50_001, 99_999, 100_002]) {
      let expected = -1;
      long.forEach((v, i) => {
        if (v <= t) expected = i;
      });
      expect(indexAtOrBefore(long, t)).toBe(expected);
    }
  });
});

describe(lerpHeading.name, () => {
  it('turns the short way across north', () => {
    expect(lerpHeading(350, 10, 0.5)).toBeCloseTo(0);
    expect(lerpHeading(10, 350, 0.25)).toBeCloseTo(5);
    expect(lerpHeading(90, 180, 0.5)).toBeCloseTo(135);
  });
});

describe(sampleTrack.name, () => {
  const track = trackColumns(
    'RT-1',
    [
      point(2_000, { lonDeg: 121.002, latDeg: 31.002, speedMps: 20, headingDeg: 10, controlMode: 'manual' }),
      point(0, { lonDeg: 121, latDeg: 31, speedMps: 10, headingDeg: 350 }),
      point(1_000, { lonDeg: 121.001, latDeg: 31.001, speedMps: 10, headingDeg: 0, accelMps2: -2 }),
    ],
    null,
  );

  it('sorts the points and keeps the control mode index', () => {
    expect([...track.timeMs]).toEqual([0, 1_000, 2_000]);
    expect([...track.mode]).toEqual([2, 2, 0]);
  });

  it('interpolates position, speed, acceleration and heading between samples', () => {
    const s = sampleTrack(track, 1_500, emptySample());
    expect(s.present).toBe(true);
    expect(s.lonDeg).toBeCloseTo(121.0015, 9);
    expect(s.latDeg).toBeCloseTo(31.0015, 9);
    expect(s.speedMps).toBeCloseTo(15);
    expect(s.accelMps2).toBeCloseTo(-1);
    expect(s.headingDeg).toBeCloseTo(5);
    expect(s.mode).toBe(2);
    expect(sampleTrack(track, 250, emptySample()).headingDeg).toBeCloseTo(352.5);
  });

  it('is absent before the first sample and stays at the last one after it', () => {
    expect(sampleTrack(track, -1, emptySample()).present).toBe(false);
    const after = sampleTrack(track, 60_000, emptySample());
    expect(after).toMatchObject({ present: true, lonDeg: 121.002, latDeg: 31.002, mode: 0 });
  });

  it('waits at the earlier sample across a gap too long to glide', () => {
    const gappy = trackColumns('RT-2', [point(0, { lonDeg: 121 }), point(MIN_GLIDE_GAP_MS + 1, { lonDeg: 122 })], null);
    expect(sampleTrack(gappy, MIN_GLIDE_GAP_MS / 2, emptySample()).lonDeg).toBe(121);
    // A downsampled track glides across its (wider) buckets.
    const coarse = trackColumns('RT-3', [point(0, { lonDeg: 121 }), point(60_000, { lonDeg: 122 })], 30_000);
    expect(sampleTrack(coarse, 30_000, emptySample()).lonDeg).toBeCloseTo(121.5);
  });
});

describe(neighbourSampleTime.name, () => {
  const a = trackColumns('A', [point(0), point(1_000), point(2_000)], null);
  const b = trackColumns('B', [point(500), point(1_500)], null);

  it('steps to the nearest sample of any vehicle', () => {
    expect(neighbourSampleTime([a, b], 0, 1)).toBe(500);
    expect(neighbourSampleTime([a, b], 500, 1)).toBe(1_000);
    expect(neighbourSampleTime([a, b], 1_500, -1)).toBe(1_000);
    expect(neighbourSampleTime([a, b], 1_200, -1)).toBe(1_000);
  });

  it('answers null past the ends', () => {
    expect(neighbourSampleTime([a, b], 2_000, 1)).toBeNull();
    expect(neighbourSampleTime([a, b], 0, -1)).toBeNull();
  });
});
