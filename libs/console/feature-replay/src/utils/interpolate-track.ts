import type { ReplayTrack } from '../types/replay-track.js';
import type { TrackSample } from '../types/track-sample.js';

/** Longest gap between two samples the vehicle glides across; over it the vehicle waits at the earlier sample. */
export const MIN_GLIDE_GAP_MS = 15_000;

/** Index of the last sample at or before `t` (binary search), -1 when `t` is before the first one. */
export function indexAtOrBefore(times: Float64Array, t: number): number {
  let lo = 0;
  let hi = times.length - 1;
  if (hi < 0 || t < (times[0] ?? Infinity)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((times[mid] ?? Infinity) <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Heading between a and b along the shorter turn, in [0, 360). */
export function lerpHeading(a: number, b: number, f: number): number {
  const delta = ((((b - a) % 360) + 540) % 360) - 180;
  return (((a + delta * f) % 360) + 360) % 360;
}

/** Widest gap glided across for this track: downsampled tracks have wider, still regular, gaps. */
export function glideGapMs(track: ReplayTrack): number {
  return Math.max(MIN_GLIDE_GAP_MS, (track.bucketMs ?? 0) * 3);
}

/**
 * The vehicle's state at `t`, linearly interpolated between the samples around it (heading the short way round),
 * written into `out`. Before the first sample the vehicle is absent; after the last it stays where it stopped.
 */
export function sampleTrack(track: ReplayTrack, t: number, out: TrackSample): TrackSample {
  const i = indexAtOrBefore(track.timeMs, t);
  if (i < 0) {
    out.present = false;
    return out;
  }
  out.present = true;
  const j = i + 1;
  const t0 = track.timeMs[i] ?? t;
  const t1 = track.timeMs[j];
  const gap = t1 === undefined ? Infinity : t1 - t0;
  const f = gap === Infinity || gap > glideGapMs(track) || gap <= 0 ? 0 : (t - t0) / gap;
  const k = f > 0 ? j : i;
  const at = (a: ArrayLike<number>): number => {
    const v0 = a[i] ?? 0;
    return f > 0 ? v0 + ((a[k] ?? v0) - v0) * f : v0;
  };
  out.lonDeg = at(track.lonDeg);
  out.latDeg = at(track.latDeg);
  out.speedMps = at(track.speedMps);
  out.accelMps2 = at(track.accelMps2);
  out.headingDeg =
    f > 0 ? lerpHeading(track.headingDeg[i] ?? 0, track.headingDeg[k] ?? 0, f) : (track.headingDeg[i] ?? 0);
  out.mode = track.mode[i] ?? 0;
  return out;
}

export function emptySample(): TrackSample {
  return { present: false, lonDeg: 0, latDeg: 0, headingDeg: 0, speedMps: 0, accelMps2: 0, mode: 0 };
}

/** The next (dir 1) or previous (dir -1) sample time of any track strictly after / before `t`, or null. */
export function neighbourSampleTime(tracks: readonly ReplayTrack[], t: number, dir: 1 | -1): number | null {
  let best: number | null = null;
  for (const track of tracks) {
    const i = indexAtOrBefore(track.timeMs, t);
    // Forward: the first sample after t. Backward: the last sample before t (i itself unless it is exactly t).
    const candidate = dir === 1 ? track.timeMs[i + 1] : track.timeMs[i] === t ? track.timeMs[i - 1] : track.timeMs[i];
    if (candidate === undefined) continue;
    if (best === null || (dir === 1 ? candidate < best : candidate > best)) best = candidate;
  }
  return best;
}
