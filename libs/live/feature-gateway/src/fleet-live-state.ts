import { scopeIncludes, type DataScope } from '@fleet/auth-model';
import type { VehicleLatestState, VehicleSummary } from '@fleet/fleet-model';
import type { LiveBusMessage } from '@fleet/live-bus';
import { encodeFleetUpdate, type FleetSnapshot, type FleetUpdateRow } from '@fleet/live-events';

type SlottedVehicle = VehicleSummary & { slot: number };

export type EncodedUpdate = { buffer: ArrayBuffer; rows: number };

/** One tick's changes, encoded for those who see every fleet and, separately, for each enterprise's own room. */
export type TickUpdate = { all: EncodedUpdate; byEnterprise: Map<string, EncodedUpdate> };

/**
 * The gateway's picture of the fleet: every vehicle with a stable slot, the latest state, and which
 * vehicles changed since the last tick. Coalesces: many updates of one vehicle within a tick send one row.
 */
export class FleetLiveState {
  private readonly vehicles = new Map<string, SlottedVehicle>();
  private readonly bySlot: SlottedVehicle[] = [];
  private dirty = new Set<number>();

  constructor(
    /** Looks up a vehicle the state has not seen (registered after start-up). */
    private readonly lookup: (id: string) => Promise<VehicleSummary | undefined>,
    private readonly onNewVehicle: (vehicle: SlottedVehicle) => void,
    private readonly onLookupFailed: (id: string, error: unknown) => void = () => undefined,
  ) {}

  get size(): number {
    return this.vehicles.size;
  }

  load(vehicles: VehicleSummary[]): void {
    for (const v of vehicles) this.add(v);
  }

  /** The vehicles the scope may see; slots stay global, so an operator's snapshot simply has gaps. */
  snapshot(scope: DataScope, serverTimeMs = Date.now()): FleetSnapshot {
    const vehicles =
      scope.kind === 'all' ? this.bySlot : this.bySlot.filter((v) => scopeIncludes(scope, v.enterpriseId));
    return { serverTimeMs, vehicles };
  }

  apply(message: LiveBusMessage): void {
    switch (message.type) {
      case 'vehicle-states':
        for (const { vehicleId, ...state } of message.states)
          this.update(vehicleId, (current) => newer(current, state));
        break;
      case 'vehicle-connectivity':
        this.update(message.vehicleId, (current) => (current ? { ...current, online: message.online } : null));
        break;
      case 'vehicle-events':
      case 'vehicle-credentials-revoked':
      case 'permits-changed':
      case 'alerts-changed':
      case 'incidents-changed':
      case 'vehicles-changed':
        break;
    }
  }

  /** The rows that changed since the last call, encoded for `fleet:update`; undefined when nothing changed. */
  takeUpdate(serverTimeMs = Date.now()): TickUpdate | undefined {
    if (this.dirty.size === 0) return undefined;
    const rows: FleetUpdateRow[] = [];
    const rowsByEnterprise = new Map<string, FleetUpdateRow[]>();
    for (const slot of this.dirty) {
      const v = this.bySlot[slot];
      if (!v?.state) continue;
      const s = v.state;
      const row: FleetUpdateRow = {
        slot,
        timeMs: s.timeMs,
        latDeg: s.latDeg,
        lonDeg: s.lonDeg,
        speedMps: s.speedMps,
        headingDeg: s.headingDeg,
        controlMode: s.controlMode,
        faultLevel: s.faultLevel,
        online: s.online,
      };
      rows.push(row);
      const own = rowsByEnterprise.get(v.enterpriseId);
      if (own) own.push(row);
      else rowsByEnterprise.set(v.enterpriseId, [row]);
    }
    this.dirty = new Set();
    const encode = (list: FleetUpdateRow[]): EncodedUpdate => ({
      buffer: encodeFleetUpdate(serverTimeMs, list),
      rows: list.length,
    });
    const byEnterprise = new Map([...rowsByEnterprise].map(([id, list]) => [id, encode(list)] as const));
    return { all: encode(rows), byEnterprise };
  }

  private add(vehicle: VehicleSummary): SlottedVehicle {
    const slotted = { ...vehicle, slot: this.bySlot.length };
    this.vehicles.set(vehicle.id, slotted);
    this.bySlot.push(slotted);
    return slotted;
  }

  private update(id: string, next: (current: VehicleLatestState | null) => VehicleLatestState | null): void {
    const vehicle = this.vehicles.get(id);
    if (!vehicle) {
      this.lookup(id).then(
        (found) => {
          if (!found || this.vehicles.has(id)) return;
          const added = this.add({ ...found, state: next(found.state) ?? found.state });
          this.onNewVehicle(added);
        },
        // The next update of this vehicle tries again; a failed lookup must not take the process down.
        (error: unknown) => this.onLookupFailed(id, error),
      );
      return;
    }
    const state = next(vehicle.state);
    if (state && state !== vehicle.state) {
      vehicle.state = state;
      this.dirty.add(vehicle.slot);
    }
  }
}

function newer(current: VehicleLatestState | null, incoming: VehicleLatestState): VehicleLatestState | null {
  return !current || current.timeMs < incoming.timeMs ? incoming : current;
}
