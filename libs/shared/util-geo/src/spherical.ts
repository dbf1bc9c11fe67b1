import { DEG_TO_RAD, type LonLat, normalizeDeg, RAD_TO_DEG } from './lon-lat.js';

/** IUGG mean Earth radius; the spherical model is within 0.5 % of the ellipsoid, plenty for a city map. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres (haversine, numerically stable for short distances). */
export function haversineDistanceM(from: LonLat, to: LonLat): number {
  const φ1 = from[1] * DEG_TO_RAD;
  const φ2 = to[1] * DEG_TO_RAD;
  const dφ = φ2 - φ1;
  const dλ = (to[0] - from[0]) * DEG_TO_RAD;
  const a = Math.sin(dφ / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin(dλ / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Initial great-circle bearing from `from` towards `to`, degrees clockwise from true north in [0, 360). */
export function initialBearingDeg(from: LonLat, to: LonLat): number {
  const φ1 = from[1] * DEG_TO_RAD;
  const φ2 = to[1] * DEG_TO_RAD;
  const dλ = (to[0] - from[0]) * DEG_TO_RAD;
  const y = Math.sin(dλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(dλ);
  return normalizeDeg(Math.atan2(y, x) * RAD_TO_DEG);
}

/** The point reached from `from` after `distanceM` metres on the great circle with initial bearing `bearingDeg`. */
export function destinationPoint(from: LonLat, bearingDeg: number, distanceM: number): [number, number] {
  const δ = distanceM / EARTH_RADIUS_M;
  const θ = bearingDeg * DEG_TO_RAD;
  const φ1 = from[1] * DEG_TO_RAD;
  const λ1 = from[0] * DEG_TO_RAD;
  const sinφ2 = Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ);
  const φ2 = Math.asin(sinφ2);
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * sinφ2);
  // Wrap longitude into [-180, 180).
  const lon = ((((λ2 * RAD_TO_DEG + 540) % 360) + 360) % 360) - 180;
  return [lon, φ2 * RAD_TO_DEG];
}

/** Smallest signed difference `to - from` between two headings, in (-180, 180]. */
export function headingDeltaDeg(from: number, to: number): number {
  const d = normalizeDeg(to - from);
  return d > 180 ? d - 360 : d;
}
