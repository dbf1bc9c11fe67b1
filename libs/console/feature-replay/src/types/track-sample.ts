/** A vehicle's interpolated state at one instant, written in place by `sampleTrack` (no allocation per frame). */
export type TrackSample = {
  /** False before the first sample of the track (the vehicle is not drawn). */
  present: boolean;
  lonDeg: number;
  latDeg: number;
  headingDeg: number;
  speedMps: number;
  accelMps2: number;
  /** Index in CONTROL_MODES of the sample at or before the instant. */
  mode: number;
};
