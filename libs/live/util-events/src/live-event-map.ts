import type { AlertView } from '@fleet/alerts-model';
import type { VehicleSummary } from '@fleet/fleet-model';
import type { IncidentSummary } from '@fleet/incidents-model';

/** A full picture of the fleet, sent on (re)connect; `slot` in each vehicle indexes the columns of later updates. */
export type FleetSnapshot = {
  serverTimeMs: number;
  vehicles: (VehicleSummary & { slot: number })[];
};

/** Every event the server pushes to consoles over socket.io. All emits go through this map. */
export type LiveServerEvents = {
  'fleet:snapshot': (snapshot: FleetSnapshot) => void;
  /** Positions of the vehicles that changed since the last tick, encoded by `encodeFleetUpdate`. */
  'fleet:update': (update: ArrayBuffer) => void;
  /** A vehicle that was not in the snapshot (newly registered); later updates may use its slot. */
  'fleet:vehicle': (vehicle: VehicleSummary & { slot: number }) => void;
  /** An alert was opened or changed (another occurrence, cleared, acknowledged, resolved, escalated). */
  'alert:changed': (alert: AlertView) => void;
  /** An incident was opened, its evidence locked, or it moved on in its workflow. */
  'incident:changed': (incident: IncidentSummary) => void;
};

/** Events the console may send. */
export type LiveClientEvents = {
  /** Ask for a fresh snapshot (e.g. after the tab was hidden for a while). */
  'fleet:resync': () => void;
};

export const LIVE_NAMESPACE = '/live';
