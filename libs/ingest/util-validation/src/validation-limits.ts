/** Bounds a message must respect; thresholds are settings (see the platform configuration). */
export type ValidationLimits = {
  maxSamplesPerMessage: number;
  /** How far ahead of the receive time a timestamp may be (clock skew). */
  maxFutureSkewMs: number;
  /** How far behind the receive time a timestamp may be (re-sent data older than this is refused). */
  maxAgeMs: number;
};

/** Physically possible ranges; anything outside is a terminal fault, not data. */
export const PHYSICAL_RANGES = {
  latDeg: [-90, 90],
  lonDeg: [-180, 180],
  speedMps: [0, 100],
  headingDeg: [0, 360],
  accelMps2: [-30, 30],
  steeringDeg: [-1_080, 1_080],
  pedalPct: [0, 100],
  batterySocPct: [0, 100],
  odometerKm: [0, 10_000_000],
  passengers: [0, 500],
  responseTimeMs: [0, 3_600_000],
} as const satisfies Record<string, readonly [number, number]>;
