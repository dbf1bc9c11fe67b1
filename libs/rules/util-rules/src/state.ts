import type { AlertKind, Severity } from './alert-kinds.js';
import type { VehicleFacts } from './facts.js';

/** An open condition alert: the de-duplication ledger that makes a persisting condition raise exactly once. */
export type OpenAlert = { sinceMs: number; severity: Severity };

/** The last live sample, the reference for position jumps, duplicates and communication loss. */
export type LastLiveSample = {
  timeMs: number;
  receivedMs: number;
  lonDeg: number;
  latDeg: number;
  /** Moving, or under automation: a vehicle whose silence matters. */
  active: boolean;
};

/**
 * Everything the rules remember about one vehicle. Plain JSON data (no Map, no class, no Infinity), so it can be
 * kept in memory, in Redis or in a database row between messages. Treat it as immutable: every function returns a
 * new state and never changes the one it was given.
 */
export type VehicleRuleState = {
  vehicle: VehicleFacts;
  open: Partial<Record<AlertKind, OpenAlert>>;
  link: { connectivity: 'unknown' | 'online' | 'offline'; lastHeardMs: number | null };
  lastLive: LastLiveSample | null;
  geofence: { outsideStreak: number; insideStreak: number };
  speed: { overSinceMs: number | null; underSinceMs: number | null };
  clock: { skewedStreak: number; okStreak: number };
  /** Observation time of the last raised one-off event per kind, for de-duplication. */
  lastEventMs: Partial<Record<AlertKind, number>>;
};

/** State of a vehicle the rules have not seen yet: nothing open, nothing heard. */
export function initialVehicleState(vehicle: VehicleFacts): VehicleRuleState {
  return {
    vehicle,
    open: {},
    link: { connectivity: 'unknown', lastHeardMs: null },
    lastLive: null,
    geofence: { outsideStreak: 0, insideStreak: 0 },
    speed: { overSinceMs: null, underSinceMs: null },
    clock: { skewedStreak: 0, okStreak: 0 },
    lastEventMs: {},
  };
}

/** The same state with updated registry facts (for example after the vehicle's driverless flag changed). */
export function withVehicleFacts(state: VehicleRuleState, vehicle: VehicleFacts): VehicleRuleState {
  return { ...state, vehicle };
}
