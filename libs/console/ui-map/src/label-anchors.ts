import type { Feature, Geometry, Position } from 'geojson';
import type { BasemapKind, BasemapProperties } from '@fleet/pilot-zone';

/** Where a basemap name is drawn. `angleCcwDeg` follows the road, turned so the text never reads upside down. */
export type LabelAnchor = {
  id: string;
  kind: BasemapKind;
  nameZh: string;
  nameEn: string;
  position: [number, number];
  angleCcwDeg: number;
};

function ringCentre(ring: readonly Position[]): [number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x = 0, y = 0] of ring) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}

/** Midpoint of a line by length and the direction of the segment it falls on. */
export function lineMidpoint(coords: readonly Position[]): { position: [number, number]; angleCcwDeg: number } | null {
  if (coords.length < 2) return null;
  const k = Math.cos(((coords[0]?.[1] ?? 0) * Math.PI) / 180);
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < coords.length; i++) {
    const [x0 = 0, y0 = 0] = coords[i - 1] ?? [];
    const [x1 = 0, y1 = 0] = coords[i] ?? [];
    const d = Math.hypot((x1 - x0) * k, y1 - y0);
    lengths.push(d);
    total += d;
  }
  let walked = 0;
  for (let i = 1; i < coords.length; i++) {
    const d = lengths[i - 1] ?? 0;
    if (walked + d >= total / 2 && d > 0) {
      const [x0 = 0, y0 = 0] = coords[i - 1] ?? [];
      const [x1 = 0, y1 = 0] = coords[i] ?? [];
      const f = (total / 2 - walked) / d;
      let angle = (Math.atan2(y1 - y0, (x1 - x0) * k) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      else if (angle < -90) angle += 180;
      return { position: [x0 + (x1 - x0) * f, y0 + (y1 - y0) * f], angleCcwDeg: angle };
    }
    walked += d;
  }
  return null;
}

/** Label anchors for the named basemap features (roads, expressways, test areas, water, landmarks). */
export function labelAnchors(features: readonly Feature<Geometry, BasemapProperties>[]): LabelAnchor[] {
  const out: LabelAnchor[] = [];
  for (const f of features) {
    const p = f.properties;
    const base = { id: p.id, kind: p.kind, nameZh: p.name_zh, nameEn: p.name_en };
    const g = f.geometry;
    switch (g.type) {
      case 'Point':
        out.push({ ...base, position: [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0], angleCcwDeg: 0 });
        break;
      case 'LineString': {
        const mid = lineMidpoint(g.coordinates);
        if (mid) out.push({ ...base, ...mid });
        break;
      }
      case 'Polygon':
        if (p.kind !== 'zone_boundary' && g.coordinates[0])
          out.push({ ...base, position: ringCentre(g.coordinates[0]), angleCcwDeg: 0 });
        break;
      case 'MultiPolygon': {
        const first = g.coordinates[0]?.[0];
        if (p.kind !== 'zone_boundary' && first) out.push({ ...base, position: ringCentre(first), angleCcwDeg: 0 });
        break;
      }
      case 'MultiLineString': {
        const mid = g.coordinates[0] ? lineMidpoint(g.coordinates[0]) : null;
        if (mid) out.push({ ...base, ...mid });
        break;
      }
      case 'MultiPoint':
      case 'GeometryCollection':
        break;
    }
  }
  return out;
}
