import { destinationPoint, haversineDistanceM, Polyline } from '@fleet/geo';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import { describe, expect, it } from 'vitest';
import { advanceCursor, cursorPose, distanceToTurnM } from './route-motion.js';

// 1 km east, then 1 km north.
const a = [121.2, 31.3] as const;
const b = destinationPoint(a, 90, 1_000);
const c = destinationPoint(b, 0, 1_000);
const line = new Polyline([a, b, c]);

/** Distance from p to the segment u–v in a local flat frame, metres. */
function offRoadM(p: readonly [number, number], u: readonly [number, number], v: readonly [number, number]): number {
  const k = Math.cos((u[1] * Math.PI) / 180);
  const [px, py, vx, vy] = [(p[0] - u[0]) * k, p[1] - u[1], (v[0] - u[0]) * k, v[1] - u[1]];
  const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - t * vx, py - t * vy) * 111_195;
}

describe('advanceCursor', () => {
  it('advances by speed × dt along the line', () => {
    const speedMps = 12;
    const dtS = 0.5;
    let cursor = { s: 100, direction: 1 as const as 1 | -1 };
    const start = cursorPose(line, cursor);
    for (let i = 0; i < 10; i++) cursor = advanceCursor(line, cursor, speedMps * dtS);
    expect(cursor.s).toBeCloseTo(160, 9);
    const end = cursorPose(line, cursor);
    expect(haversineDistanceM([start.lonDeg, start.latDeg], [end.lonDeg, end.latDeg])).toBeCloseTo(60, 0);
  });

  it('takes the heading of the segment under the vehicle', () => {
    expect(cursorPose(line, { s: 500, direction: 1 }).headingDeg).toBeCloseTo(90, 1);
    expect(cursorPose(line, { s: 1_500, direction: 1 }).headingDeg).toBeCloseTo(0, 1);
    expect(cursorPose(line, { s: 1_500, direction: -1 }).headingDeg).toBeCloseTo(180, 1);
  });

  it('bounces back at the end of an open road', () => {
    const cursor = advanceCursor(line, { s: line.lengthM - 30, direction: 1 }, 50);
    expect(cursor.direction).toBe(-1);
    expect(cursor.s).toBeCloseTo(line.lengthM - 20, 6);
    const back = advanceCursor(line, { s: 10, direction: -1 }, 25);
    expect(back).toEqual({ s: 15, direction: 1 });
    expect(distanceToTurnM(line, { s: 300, direction: -1 })).toBe(300);
  });

  it('wraps around a closed loop', () => {
    const d = destinationPoint(c, 270, 1_000);
    const loop = new Polyline([a, b, c, d, a]);
    expect(loop.closed).toBe(true);
    const cursor = advanceCursor(loop, { s: loop.lengthM - 10, direction: 1 }, 30);
    expect(cursor.s).toBeCloseTo(20, 6);
    expect(cursor.direction).toBe(1);
    expect(distanceToTurnM(loop, cursor)).toBe(Infinity);
  });

  it('keeps a vehicle on its road for hours of random steps', () => {
    for (const road of pilotZoneRoads().slice(0, 8)) {
      const roadLine = new Polyline(road.coordinates);
      let cursor = { s: 0, direction: 1 as 1 | -1 };
      for (let i = 0; i < 2_000; i++) {
        cursor = advanceCursor(roadLine, cursor, ((i * 7919) % 40) + 0.5);
        expect(cursor.s).toBeGreaterThanOrEqual(0);
        expect(cursor.s).toBeLessThanOrEqual(roadLine.lengthM);
        const pose = cursorPose(roadLine, cursor);
        const seg = roadLine.segmentIndexAt(cursor.s);
        const u = roadLine.coordinates[seg] as readonly [number, number];
        const v = roadLine.coordinates[seg + 1] as readonly [number, number];
        expect(offRoadM([pose.lonDeg, pose.latDeg], u, v)).toBeLessThan(0.5);
      }
    }
  });
});
