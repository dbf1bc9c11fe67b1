import type { VehicleCategory } from '@fleet/fleet-model';

/** Comfortable longitudinal limits per category, m/s²; emergency braking goes beyond them. */
export type Dynamics = { accelMps2: number; decelMps2: number };

export const CATEGORY_DYNAMICS: Readonly<Record<VehicleCategory, Dynamics>> = {
  l2_car: { accelMps2: 2, decelMps2: 3 },
  l3_car: { accelMps2: 2, decelMps2: 3 },
  robotaxi: { accelMps2: 1.5, decelMps2: 2.5 },
  smart_bus: { accelMps2: 1, decelMps2: 1.5 },
  minibus: { accelMps2: 1, decelMps2: 1.5 },
  delivery: { accelMps2: 0.8, decelMps2: 1.5 },
  sweeper: { accelMps2: 0.5, decelMps2: 1 },
  truck: { accelMps2: 0.6, decelMps2: 2 },
  avp: { accelMps2: 0.5, decelMps2: 1 },
};

/** Speed after dt seconds of moving towards `targetMps` within the dynamics' limits. */
export function approachSpeed(currentMps: number, targetMps: number, dtS: number, dynamics: Dynamics): number {
  if (targetMps > currentMps) return Math.min(targetMps, currentMps + dynamics.accelMps2 * dtS);
  return Math.max(targetMps, currentMps - dynamics.decelMps2 * dtS, 0);
}

/** Highest speed from which the vehicle can still stop within `distanceM` at its comfortable deceleration. */
export function stoppingSpeedMps(distanceM: number, dynamics: Dynamics): number {
  return Math.sqrt(2 * dynamics.decelMps2 * Math.max(0, distanceM));
}
