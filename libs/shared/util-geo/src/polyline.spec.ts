import { describe, expect, it } from 'vitest';
import { Polyline } from './polyline.js';
import { destinationPoint, haversineDistanceM } from './spherical.js';

// An L-shaped line: 1 km east, then 500 m north.
const start = [121.2, 31.3] as const;
const corner = destinationPoint(start, 90, 1_000);
const end = destinationPoint(corner, 0, 500);

describe(Polyline.name, () => {
  const line = new Polyline([start, corner, end]);

  it('precomputes cumulative lengths', () => {
    expect(line.lengthM).toBeCloseTo(1_500, 0);
    expect(line.cumulative[1]).toBeCloseTo(1_000, 0);
    expect(line.closed).toBe(false);
  });

  it('places a point at distance s on the right segment with that segment heading', () => {
    const pose = line.poseAt(400);
    expect(pose.segmentIndex).toBe(0);
    expect(pose.headingDeg).toBeCloseTo(90, 1);
    expect(haversineDistanceM(start, pose.position)).toBeCloseTo(400, 0);

    const later = line.poseAt(1_200);
    expect(later.segmentIndex).toBe(1);
    expect(later.headingDeg).toBeCloseTo(0, 1);
    expect(haversineDistanceM(corner, later.position)).toBeCloseTo(200, 0);
  });

  it('reverses the heading for travel towards the start', () => {
    expect(line.poseAt(400, true).headingDeg).toBeCloseTo(270, 1);
  });

  it('clamps distances beyond the ends', () => {
    expect(line.poseAt(-5).position).toEqual([start[0], start[1]]);
    expect(line.poseAt(99_999).position[0]).toBeCloseTo(end[0], 12);
    expect(line.poseAt(99_999).position[1]).toBeCloseTo(end[1], 12);
  });

  it('moves smoothly: equal steps in s give equal ground distances', () => {
    const step = 10;
    for (let s = 0; s + step <= line.lengthM; s += 97) {
      const d = haversineDistanceM(line.poseAt(s).position, line.poseAt(s + step).position);
      expect(d).toBeLessThanOrEqual(step + 0.01);
      expect(d).toBeGreaterThan(step * 0.7); // across the corner the chord is shorter
    }
  });

  it('detects a closed ring and drops repeated vertices', () => {
    const ring = new Polyline([start, corner, corner, end, start]);
    expect(ring.closed).toBe(true);
    expect(ring.coordinates).toHaveLength(4);
  });

  it('rejects a line with fewer than two distinct vertices', () => {
    expect(() => new Polyline([start, start])).toThrow(RangeError);
  });
});
