import type { Position } from 'geojson';
import { type BBox, bboxOfGeometry, DEG_TO_RAD, EARTH_RADIUS_M, type LonLat, pointInPolygon } from '@fleet/geo';
import type { PermitZone } from '../facts.js';

/** How far a point is from the permitted area: negative inside (depth), positive outside. */
export type ZoneDistance = {
  /** Signed distance in metres to the union of the zones; `null` when there are no zones (nowhere is permitted). */
  signedM: number | null;
  /** The zone that decided the distance (the nearest, or the one holding the point most deeply). */
  zoneId: string | null;
};

const METRES_PER_DEG_LAT = EARTH_RADIUS_M * DEG_TO_RAD;

/**
 * Local equirectangular projection centred on the point: x east, y north, metres. At the pilot zone's scale
 * (tens of kilometres, latitude 31°) the error against the great circle is well under 0.1 %, centimetres for the
 * distances that matter here (a few hundred metres around a boundary), and it keeps each edge a straight segment.
 */
type Projection = { lon0: number; lat0: number; kx: number };

function projectionAt(point: LonLat): Projection {
  return { lon0: point[0], lat0: point[1], kx: METRES_PER_DEG_LAT * Math.cos(point[1] * DEG_TO_RAD) };
}

/** Distance in metres from the projection's centre to the segment a–b. */
function distanceToSegmentM(p: Projection, a: Position, b: Position): number {
  const ax = ((a[0] ?? 0) - p.lon0) * p.kx;
  const ay = ((a[1] ?? 0) - p.lat0) * METRES_PER_DEG_LAT;
  const bx = ((b[0] ?? 0) - p.lon0) * p.kx;
  const by = ((b[1] ?? 0) - p.lat0) * METRES_PER_DEG_LAT;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSq = dx * dx + dy * dy;
  // Parameter of the foot of the perpendicular from the origin, clamped to the segment.
  const t = lengthSq === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSq));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Nearest distance to any segment of the line; with `closed`, also the segment from the last vertex to the first. */
function distanceToPathM(p: Projection, path: readonly Position[], closed: boolean): number {
  let best = Infinity;
  const first = closed ? 0 : 1;
  for (let i = first, j = closed ? path.length - 1 : 0; i < path.length; j = i++) {
    const d = distanceToSegmentM(p, path[j] as Position, path[i] as Position);
    if (d < best) best = d;
  }
  return best;
}

function signedDistanceToZoneM(p: Projection, point: LonLat, zone: PermitZone): number {
  const geometry = zone.geometry;
  switch (geometry.type) {
    case 'LineString':
      // A corridor: the centre line buffered by half the width on either side.
      return distanceToPathM(p, geometry.coordinates, false) - (zone.corridorWidthM ?? 0) / 2;
    case 'Polygon':
    case 'MultiPolygon': {
      const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
      // Holes are rings too: their edges are boundary just like the outer ring's.
      const toBoundary = Math.min(...rings.map((ring) => distanceToPathM(p, ring, true)));
      return pointInPolygon(point, geometry) ? -toBoundary : toBoundary;
    }
  }
}

// Bounding boxes are computed once per geometry object; permits are reloaded as new objects when they change.
const boxes = new WeakMap<object, BBox>();

function boxOf(zone: PermitZone): BBox {
  let box = boxes.get(zone.geometry);
  if (!box) {
    box = bboxOfGeometry(zone.geometry);
    boxes.set(zone.geometry, box);
  }
  return box;
}

/**
 * Lower bound of the zone's signed distance, from its bounding box alone. Outside the box: the distance to the
 * box (the zone lies within it). Inside the box: an area can hold the point at most as deeply as the box does;
 * a corridor at most half its width deep.
 */
function lowerBoundM(p: Projection, zone: PermitZone): number {
  const [minLon, minLat, maxLon, maxLat] = boxOf(zone);
  const dx = Math.max(minLon - p.lon0, 0, p.lon0 - maxLon) * p.kx;
  const dy = Math.max(minLat - p.lat0, 0, p.lat0 - maxLat) * METRES_PER_DEG_LAT;
  const toBox = Math.hypot(dx, dy);
  if (zone.geometry.type === 'LineString') return toBox - (zone.corridorWidthM ?? 0) / 2;
  if (toBox > 0) return toBox;
  const depthInBox = Math.min(
    (p.lon0 - minLon) * p.kx,
    (maxLon - p.lon0) * p.kx,
    (p.lat0 - minLat) * METRES_PER_DEG_LAT,
    (maxLat - p.lat0) * METRES_PER_DEG_LAT,
  );
  return -depthInBox;
}

/**
 * Signed distance from a point to the union of the zones. The minimum over zones is exact outside the union and
 * inside a single zone; where zones overlap it understates the depth, which only delays a re-entry clear.
 * Bounding boxes prune the search: a zone whose box is farther than the best exact distance so far is skipped,
 * so with many zones only the few near the vehicle cost an edge walk.
 */
export function distanceToZones(point: LonLat, zones: readonly PermitZone[]): ZoneDistance {
  const p = projectionAt(point);
  const candidates = zones.map((zone) => ({ zone, bound: lowerBoundM(p, zone) })).sort((a, b) => a.bound - b.bound);
  let best: ZoneDistance = { signedM: null, zoneId: null };
  for (const { zone, bound } of candidates) {
    if (best.signedM !== null && bound >= best.signedM) break;
    const signedM = signedDistanceToZoneM(p, point, zone);
    if (best.signedM === null || signedM < best.signedM) best = { signedM, zoneId: zone.id };
  }
  return best;
}
