import type { Geometry, Position } from 'geojson';
import type { BBox, LonLat } from './lon-lat.js';

/** Bounding box of a list of positions; throws on an empty list because no box is meaningful. */
export function bboxOfPositions(positions: Iterable<LonLat | Position>): BBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const p of positions) {
    const lon = p[0] ?? NaN;
    const lat = p[1] ?? NaN;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  if (minLon === Infinity) throw new RangeError('No positions to bound');
  return [minLon, minLat, maxLon, maxLat];
}

function* geometryPositions(geometry: Geometry): Generator<Position> {
  switch (geometry.type) {
    case 'Point':
      yield geometry.coordinates;
      break;
    case 'MultiPoint':
    case 'LineString':
      yield* geometry.coordinates;
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) yield* line;
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) yield* ring;
      break;
    case 'GeometryCollection':
      for (const g of geometry.geometries) yield* geometryPositions(g);
      break;
  }
}

/** Bounding box of any GeoJSON geometry. */
export function bboxOfGeometry(geometry: Geometry): BBox {
  return bboxOfPositions(geometryPositions(geometry));
}

/** Smallest box holding both boxes. */
export function unionBBox(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** True when the point lies inside the box or on its edge. */
export function bboxContains(box: BBox, point: LonLat | Position): boolean {
  const lon = point[0] ?? NaN;
  const lat = point[1] ?? NaN;
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}
