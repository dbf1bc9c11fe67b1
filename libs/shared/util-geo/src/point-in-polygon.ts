import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from './lon-lat.js';

/** Even-odd ray casting on one ring, planar in lon/lat (fine away from the poles and the antimeridian). */
function ringContains(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]?.[0] ?? 0;
    const yi = ring[i]?.[1] ?? 0;
    const xj = ring[j]?.[0] ?? 0;
    const yj = ring[j]?.[1] ?? 0;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygonContains(rings: readonly (readonly Position[])[], lon: number, lat: number): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !ringContains(outer, lon, lat)) return false;
  return !holes.some((hole) => ringContains(hole, lon, lat));
}

/** True when the point is inside the polygon (outside its holes); points exactly on an edge may go either way. */
export function pointInPolygon(point: LonLat | Position, geometry: Polygon | MultiPolygon): boolean {
  const lon = point[0] ?? NaN;
  const lat = point[1] ?? NaN;
  if (geometry.type === 'Polygon') return polygonContains(geometry.coordinates, lon, lat);
  return geometry.coordinates.some((polygon) => polygonContains(polygon, lon, lat));
}
