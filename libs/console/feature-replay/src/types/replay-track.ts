/**
 * One vehicle's history as column arrays (index = sample, ascending time), so the animation frame interpolates
 * with a binary search and no allocation. `mode` holds the index in CONTROL_MODES.
 */
export type ReplayTrack = {
  vehicleId: string;
  timeMs: Float64Array;
  lonDeg: Float64Array;
  latDeg: Float64Array;
  headingDeg: Float32Array;
  speedMps: Float32Array;
  accelMps2: Float32Array;
  mode: Uint8Array;
  /** Server bucket width when the track was downsampled, null for raw samples. */
  bucketMs: number | null;
};
