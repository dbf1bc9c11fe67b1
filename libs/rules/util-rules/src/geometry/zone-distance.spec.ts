import { describe, expect, it } from 'vitest';
import type { PermitZone } from '../facts.js';
import { at, corridorZone, squareZone } from '../testing/factories.js';
import { distanceToZones } from './zone-distance.js';

describe(distanceToZones.name, () => {
  const square = squareZone('A', 1_000);

  it('is negative inside an area, by the distance to the nearest edge', () => {
    expect(distanceToZones(at(0), [square]).signedM).toBeCloseTo(-1_000, 0);
    expect(distanceToZones(at(900, 300), [square]).signedM).toBeCloseTo(-100, 0);
  });

  it('is positive outside an area, by the distance to the nearest edge or corner', () => {
    expect(distanceToZones(at(1_050), [square]).signedM).toBeCloseTo(50, 0);
    expect(distanceToZones(at(1_030, 1_040), [square]).signedM).toBeCloseTo(50, 0);
  });

  it('treats a hole as outside, measured to the hole edge', () => {
    const holed = squareZone('H', 1_000);
    const hole = squareZone('hole', 100).geometry;
    if (holed.geometry.type !== 'Polygon' || hole.type !== 'Polygon') throw new Error('test setup');
    holed.geometry.coordinates.push(hole.coordinates[0] ?? []);
    expect(distanceToZones(at(0), [holed]).signedM).toBeCloseTo(100, 0);
    expect(distanceToZones(at(150), [holed]).signedM).toBeCloseTo(-50, 0);
  });

  it('handles every part of a MultiPolygon', () => {
    const a = squareZone('a', 100).geometry;
    const b = squareZone('b', 100, 1_000).geometry;
    if (a.type !== 'Polygon' || b.type !== 'Polygon') throw new Error('test setup');
    const multi: PermitZone = {
      id: 'M',
      geometry: { type: 'MultiPolygon', coordinates: [a.coordinates, b.coordinates] },
    };
    expect(distanceToZones(at(1_000), [multi]).signedM).toBeCloseTo(-100, 0);
    expect(distanceToZones(at(500), [multi]).signedM).toBeCloseTo(400, 0);
    expect(distanceToZones(at(1_150), [multi]).signedM).toBeCloseTo(50, 0);
  });

  it('buffers a corridor centre line by half its width', () => {
    const road = corridorZone('R', 20, [
      [-1_000, 0],
      [1_000, 0],
      [1_000, 1_000],
    ]);
    expect(distanceToZones(at(0, 4), [road]).signedM).toBeCloseTo(-6, 1);
    expect(distanceToZones(at(0, -30), [road]).signedM).toBeCloseTo(20, 1);
    // Past the corner, the nearest point is on the second segment.
    expect(distanceToZones(at(1_040, 500), [road]).signedM).toBeCloseTo(30, 1);
    // Beyond the end, the distance is to the end point.
    expect(distanceToZones(at(-1_030, 40), [road]).signedM).toBeCloseTo(40, 1);
  });

  it('names the deciding zone and gives null when there are no zones', () => {
    const far = squareZone('far', 100, 5_000);
    expect(distanceToZones(at(4_800), [square, far]).zoneId).toBe('far');
    expect(distanceToZones(at(0), [])).toEqual({ signedM: null, zoneId: null });
  });

  it('gives the same answer with bounding-box pruning as a zone-by-zone search', () => {
    const zones: PermitZone[] = [];
    for (let i = 0; i < 40; i++) {
      zones.push(
        i % 3 === 0
          ? corridorZone(`c${i}`, 10 + i, [
              [i * 300 - 6_000, (i % 7) * 400 - 1_200],
              [i * 300 - 5_000, (i % 5) * 500 - 900],
            ])
          : squareZone(`s${i}`, 50 + i * 10, ((i * 733) % 9_000) - 4_500, ((i * 377) % 7_000) - 3_500),
      );
    }
    let seed = 7;
    const random = (): number => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647) * 10_000 - 5_000;
    for (let k = 0; k < 200; k++) {
      const point = at(random(), random());
      const bruteForce = Math.min(...zones.map((z) => distanceToZones(point, [z]).signedM ?? Infinity));
      expect(distanceToZones(point, zones).signedM).toBeCloseTo(bruteForce, 6);
    }
  });
});
