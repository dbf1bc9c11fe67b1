import { type LonLat, normalizeDeg } from './lon-lat.js';
import { haversineDistanceM, initialBearingDeg } from './spherical.js';

/** Position and direction of travel at a distance along a polyline. */
export type PolylinePose = {
  position: [number, number];
  /** Heading of the segment under the point, degrees clockwise from north; reversed when travelling backwards. */
  headingDeg: number;
  /** Index of the segment (from vertex i to i + 1) that holds the point. */
  segmentIndex: number;
};

/**
 * A line with precomputed cumulative lengths, so that a pose at distance s costs one binary search.
 * Between vertices the position is interpolated linearly in lon/lat: road segments are at most a few kilometres,
 * where the difference from the great circle is centimetres.
 */
export class Polyline {
  readonly coordinates: readonly LonLat[];
  /** cumulative[i] = distance in metres from the first vertex to vertex i. */
  readonly cumulative: Float64Array;
  readonly lengthM: number;
  /** True when the last vertex is within 1 m of the first, so that travel can wrap around. */
  readonly closed: boolean;
  private readonly segmentHeadings: Float64Array;

  constructor(coordinates: readonly LonLat[]) {
    // Repeated vertices would make zero-length segments with no heading.
    const coords = coordinates.filter(
      (c, i) => i === 0 || c[0] !== coordinates[i - 1]?.[0] || c[1] !== coordinates[i - 1]?.[1],
    );
    if (coords.length < 2) throw new RangeError('A polyline needs at least two distinct vertices');
    this.coordinates = coords;
    this.cumulative = new Float64Array(coords.length);
    this.segmentHeadings = new Float64Array(coords.length - 1);
    for (let i = 1; i < coords.length; i++) {
      const a = coords[i - 1] as LonLat;
      const b = coords[i] as LonLat;
      this.cumulative[i] = (this.cumulative[i - 1] ?? 0) + haversineDistanceM(a, b);
      this.segmentHeadings[i - 1] = initialBearingDeg(a, b);
    }
    this.lengthM = this.cumulative[coords.length - 1] ?? 0;
    this.closed = haversineDistanceM(coords[0] as LonLat, coords[coords.length - 1] as LonLat) < 1;
  }

  /** Index of the segment containing distance s (clamped to the line). */
  segmentIndexAt(s: number): number {
    const n = this.cumulative.length;
    if (s <= 0) return 0;
    if (s >= this.lengthM) return n - 2;
    let lo = 0;
    let hi = n - 1;
    // Invariant: cumulative[lo] <= s < cumulative[hi].
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) <= s) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** Pose at distance s metres from the start, s clamped to [0, length]; `reversed` flips the heading. */
  poseAt(s: number, reversed = false): PolylinePose {
    const clamped = Math.min(Math.max(s, 0), this.lengthM);
    const i = this.segmentIndexAt(clamped);
    const a = this.coordinates[i] as LonLat;
    const b = this.coordinates[i + 1] as LonLat;
    const start = this.cumulative[i] ?? 0;
    const segLen = (this.cumulative[i + 1] ?? start) - start;
    const t = segLen > 0 ? (clamped - start) / segLen : 0;
    const heading = this.segmentHeadings[i] ?? 0;
    return {
      position: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
      headingDeg: reversed ? normalizeDeg(heading + 180) : heading,
      segmentIndex: i,
    };
  }
}
