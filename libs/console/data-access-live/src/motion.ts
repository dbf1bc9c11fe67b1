/** Pure maths for animating vehicles between ~1 Hz updates. */

/** Fraction of a move done at `nowMs`, clamped to [0, 1]; a zero-length move is done at once. */
export function moveProgress(nowMs: number, startMs: number, durationMs: number): number {
  if (durationMs <= 0) return 1;
  const f = (nowMs - startMs) / durationMs;
  return f <= 0 ? 0 : f >= 1 ? 1 : f;
}

export function lerp(a: number, b: number, f: number): number {
  return a + (b - a) * f;
}

/** Normalises degrees into [0, 360). */
export function normalizeDegrees(deg: number): number {
  const d = deg % 360;
  return d < 0 ? d + 360 : d;
}

/** Interpolates a compass heading along the shorter arc (350° → 10° passes through 0°). */
export function lerpHeading(fromDeg: number, toDeg: number, f: number): number {
  let delta = normalizeDegrees(toDeg) - normalizeDegrees(fromDeg);
  if (delta > 180) delta -= 360;
  else if (delta < -180) delta += 360;
  return normalizeDegrees(fromDeg + delta * f);
}

/**
 * Smooths the observed interval between update batches (exponential moving average), kept within
 * bounds so one late batch or a burst after a reconnect does not make vehicles crawl or jump.
 */
export function nextIntervalEstimate(previousMs: number, observedMs: number, minMs = 250, maxMs = 3000): number {
  if (!Number.isFinite(observedMs) || observedMs <= 0) return previousMs;
  const clamped = Math.min(maxMs, Math.max(minMs, observedMs));
  return previousMs * 0.7 + clamped * 0.3;
}

/** Rough squared distance in degrees (longitude scaled by latitude) used to decide when to snap instead of glide. */
export function degreeDistanceSq(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const k = Math.cos((lat1 * Math.PI) / 180);
  const dx = (lon2 - lon1) * k;
  const dy = lat2 - lat1;
  return dx * dx + dy * dy;
}
