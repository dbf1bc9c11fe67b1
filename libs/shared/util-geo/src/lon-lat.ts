/** A WGS-84 position in GeoJSON order: longitude first, then latitude, both in degrees. */
export type LonLat = readonly [lon: number, lat: number];

/** Axis-aligned box in GeoJSON order: [minLon, minLat, maxLon, maxLat]. */
export type BBox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

export const DEG_TO_RAD = Math.PI / 180;
export const RAD_TO_DEG = 180 / Math.PI;

/** Normalises any angle in degrees to [0, 360). */
export function normalizeDeg(deg: number): number {
  const r = deg % 360;
  return r < 0 ? r + 360 : r;
}
