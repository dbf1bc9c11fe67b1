/** Above this many raw samples a track is downsampled on the server. */
export const MAX_RAW_POINTS = 5_000;
/** Downsampled tracks aim for about this many points. */
export const TARGET_POINTS = 2_000;
/** Most events one events request returns (a day of a busy vehicle holds far fewer). */
export const MAX_EVENTS = 5_000;

/** Longest range one track request may cover. */
export const MAX_TRACK_RANGE_MS = 31 * 24 * 3_600_000;

/** Bucket width for a downsampled track: whole seconds, at least one. */
export function bucketMsFor(fromMs: number, toMs: number): number {
  return Math.max(1_000, Math.ceil((toMs - fromMs) / TARGET_POINTS / 1_000) * 1_000);
}
