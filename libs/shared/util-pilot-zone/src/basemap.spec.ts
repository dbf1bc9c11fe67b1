import { bboxContains, haversineDistanceM, pointInPolygon, Polyline, type BBox } from '@fleet/geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PILOT_ZONE_BASEMAP, PILOT_ZONE_BOUNDS, PILOT_ZONE_CENTER, pilotZoneRoads } from './basemap.js';

const bounds: BBox = [...PILOT_ZONE_BOUNDS[0], ...PILOT_ZONE_BOUNDS[1]];
const roads = pilotZoneRoads();
const boundary = PILOT_ZONE_BASEMAP.features.find((f) => f.properties.kind === 'zone_boundary');

function allPositions(geometry: Polygon | MultiPolygon): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

describe('PILOT_ZONE_BASEMAP', () => {
  it('is labelled as approximate demo geometry', () => {
    expect(PILOT_ZONE_BASEMAP.note).toMatch(/DEMO/);
    for (const f of PILOT_ZONE_BASEMAP.features) expect(f.properties.source).toBe(PILOT_ZONE_BASEMAP.source);
  });

  it('gives every feature a unique id, a known kind and both names', () => {
    const ids = PILOT_ZONE_BASEMAP.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of PILOT_ZONE_BASEMAP.features) {
      expect(['road', 'expressway', 'test_area', 'landmark', 'zone_boundary', 'water']).toContain(f.properties.kind);
      expect(f.properties.name_zh.trim()).not.toBe('');
      expect(f.properties.name_en.trim()).not.toBe('');
      expect(f.properties.name_zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('covers each kind, with polygons closed and inside the bounds', () => {
    const kinds = new Set(PILOT_ZONE_BASEMAP.features.map((f) => f.properties.kind));
    expect([...kinds].sort()).toEqual(['expressway', 'landmark', 'road', 'test_area', 'water', 'zone_boundary']);
    const polygons = PILOT_ZONE_BASEMAP.features.filter(
      (f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon',
    );
    expect(polygons.length).toBeGreaterThanOrEqual(5);
    for (const f of polygons) {
      const g = f.geometry as Polygon | MultiPolygon;
      const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[ring.length - 1]).toEqual(ring[0]);
      }
      for (const p of allPositions(g)) expect(bboxContains(bounds, p), `${f.properties.id} ${String(p)}`).toBe(true);
    }
  });

  it('puts the centre and every landmark inside the zone boundary', () => {
    expect(boundary?.geometry.type).toBe('Polygon');
    const zone = boundary?.geometry as Polygon;
    expect(pointInPolygon(PILOT_ZONE_CENTER, zone)).toBe(true);
    for (const f of PILOT_ZONE_BASEMAP.features.filter((x) => x.properties.kind === 'landmark')) {
      expect(f.geometry.type).toBe('Point');
      const point = f.geometry.type === 'Point' ? f.geometry.coordinates : [];
      expect(pointInPolygon(point, zone), f.properties.id).toBe(true);
    }
  });
});

describe('pilotZoneRoads', () => {
  it('has at least 25 roads with unique ids, including expressways and the corridor', () => {
    expect(roads.length).toBeGreaterThanOrEqual(25);
    expect(new Set(roads.map((r) => r.id)).size).toBe(roads.length);
    expect(roads.filter((r) => r.kind === 'expressway').length).toBeGreaterThanOrEqual(3);
    expect(roads.map((r) => r.id)).toContain('corridor-jiading-hongqiao');
  });

  it('keeps every vertex of every road inside the bounds and the zone boundary', () => {
    const zone = boundary?.geometry as Polygon;
    for (const road of roads) {
      expect(road.coordinates.length, road.id).toBeGreaterThanOrEqual(4);
      const inside = road.coordinates.filter((p) => bboxContains(bounds, p));
      expect(inside.length, road.id).toBeGreaterThanOrEqual(2);
      expect(inside).toHaveLength(road.coordinates.length);
      for (const p of road.coordinates) expect(pointInPolygon(p, zone), `${road.id} ${String(p)}`).toBe(true);
    }
  });

  it('forms a connected-looking network: each road passes within 150 m of another road', () => {
    // Sample every road every 50 m and look for another road's sample nearby.
    const samples = roads.map((r) => {
      const line = new Polyline(r.coordinates);
      const points: [number, number][] = [];
      for (let s = 0; s <= line.lengthM; s += 50) points.push(line.poseAt(s).position);
      return points;
    });
    samples.forEach((mine, i) => {
      const touches = samples.some(
        (other, j) => j !== i && mine.some((p) => other.some((q) => haversineDistanceM(p, q) < 150)),
      );
      expect(touches, roads[i]?.id).toBe(true);
    });
  });

  it('returns copies that callers may change', () => {
    const first = pilotZoneRoads()[0];
    if (first?.coordinates[0]) first.coordinates[0][0] = 0;
    expect(pilotZoneRoads()[0]?.coordinates[0]?.[0]).not.toBe(0);
  });
});
