import type { AlertView } from '@fleet/alerts-model';
import type { IncidentSummary } from '@fleet/incidents-model';
import type { EventKindName, InitiatorName } from '@fleet/telemetry-contract';
import type { VehicleLatestState } from '@fleet/fleet-model';
import { EventEmitter } from 'node:events';

export type LiveVehicleState = VehicleLatestState & { vehicleId: string };

export type LiveVehicleEvent = {
  vehicleId: string;
  timeMs: number;
  kind: EventKindName;
  initiator: InitiatorName | null;
  latDeg: number | null;
  lonDeg: number | null;
  detail: string;
};

/** What the ingest tells the rest of the platform once data is committed. */
export type LiveBusMessage =
  | { type: 'vehicle-states'; states: LiveVehicleState[] }
  | { type: 'vehicle-connectivity'; vehicleId: string; online: boolean; timeMs: number }
  | { type: 'vehicle-events'; events: LiveVehicleEvent[] }
  /** Credentials of the vehicle were revoked or replaced: connected terminals must be disconnected. */
  | { type: 'vehicle-credentials-revoked'; vehicleId: string }
  /** Permits or the zones they name changed (granted, suspended, reinstated, revoked, re-imported). */
  | { type: 'permits-changed'; permitIds: string[] }
  /** Vehicles were registered or changed in the registry. */
  | { type: 'vehicles-changed'; vehicleIds: string[] }
  /** Alerts opened, updated (another occurrence, cleared, escalated) or moved on by people. */
  | { type: 'alerts-changed'; alerts: AlertView[] }
  /** Incidents opened, their evidence locked, or moved on by people. */
  | { type: 'incidents-changed'; incidents: IncidentSummary[] };

export type LiveBusHandler = (message: LiveBusMessage) => void;

/**
 * The live bus between ingest and the socket gateway. In process by default; a Redis implementation
 * takes its place when several instances run (REDIS_URL).
 */
export abstract class LiveBus {
  abstract publish(message: LiveBusMessage): void;
  /** Returns a function that unsubscribes. */
  abstract subscribe(handler: LiveBusHandler): () => void;
  /** Releases connections (a no-op in process). */
  close(): Promise<void> {
    return Promise.resolve();
  }
}

export class InProcessLiveBus extends LiveBus {
  private readonly emitter = new EventEmitter().setMaxListeners(100);

  publish(message: LiveBusMessage): void {
    this.emitter.emit('message', message);
  }

  subscribe(handler: LiveBusHandler): () => void {
    this.emitter.on('message', handler);
    return () => this.emitter.off('message', handler);
  }
}
