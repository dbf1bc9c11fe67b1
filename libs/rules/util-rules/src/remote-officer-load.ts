import { severityOf } from './alert-kinds.js';
import { presentId } from './operating.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings.js';
import type { RuleSignal } from './signal.js';

/** One driverless vehicle under a remote officer, as plain data. */
export type SupervisedVehicle = {
  vehicleId: string;
  remoteOfficerId: string;
  lastSeenMs: number;
  /** An overload alert is open on this vehicle. */
  alerted: boolean;
};

/** Serialisable form of the whole fleet's load, for keeping it outside the process. */
export type RemoteOfficerLoadSnapshot = { vehicles: SupervisedVehicle[] };

/**
 * Fleet-wide rule: one remote safety officer may supervise at most `maxDriverlessPerRemoteOfficer` driverless
 * vehicles at once. Feed it every live sample (`update`, with `isDriverless(sample)`) and the clock (`expire`).
 * When an officer is over the limit every one of their vehicles gets an alert; when the load drops back (a vehicle
 * leaves driverless mode, changes officer, or goes unreported for `remoteOfficerStaleAfterMs`), they all clear.
 * A vehicle that falls silent keeps counting until then: its officer is still responsible for it.
 *
 * The one stateful class here, because the state spans vehicles; `snapshot()` and `restore()` make it plain data.
 * Use one clock for `timeMs` and `nowMs` (the platform's receive time).
 */
export class RemoteOfficerLoad {
  private readonly vehicles = new Map<string, SupervisedVehicle>();
  // Index by officer: an update touches one officer's few vehicles, not the whole fleet.
  private readonly byOfficer = new Map<string, Set<string>>();

  constructor(private readonly settings: RuleSettings = DEFAULT_RULE_SETTINGS) {}

  static restore(
    snapshot: RemoteOfficerLoadSnapshot,
    settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  ): RemoteOfficerLoad {
    const load = new RemoteOfficerLoad(settings);
    for (const v of snapshot.vehicles) load.put({ ...v });
    return load;
  }

  snapshot(): RemoteOfficerLoadSnapshot {
    return { vehicles: [...this.vehicles.values()].map((v) => ({ ...v })) };
  }

  /** Driverless vehicles currently counted for this officer. */
  loadOf(remoteOfficerId: string): number {
    return this.vehiclesOf(remoteOfficerId).length;
  }

  /** Records what one live sample says; returns the alert changes for every vehicle affected. */
  update(vehicleId: string, remoteOfficerId: string | null, driverlessNow: boolean, timeMs: number): RuleSignal[] {
    const officer = driverlessNow ? presentId(remoteOfficerId) : null;
    const previous = this.vehicles.get(vehicleId);
    const signals: RuleSignal[] = [];
    if (previous && previous.remoteOfficerId !== officer) {
      this.drop(
        previous,
        timeMs,
        officer === null ? 'no longer driverless under a remote officer' : 'changed officer',
        signals,
      );
    }
    if (officer !== null) {
      const stays = previous?.remoteOfficerId === officer;
      this.put({ vehicleId, remoteOfficerId: officer, lastSeenMs: timeMs, alerted: stays && previous.alerted });
      if (!stays) this.reconcile(officer, timeMs, signals);
    }
    return signals;
  }

  /** Drops vehicles not reported for `remoteOfficerStaleAfterMs`; returns the resulting alert changes. */
  expire(nowMs: number): RuleSignal[] {
    const signals: RuleSignal[] = [];
    for (const v of [...this.vehicles.values()]) {
      if (nowMs - v.lastSeenMs >= this.settings.remoteOfficerStaleAfterMs) this.drop(v, nowMs, 'not reported', signals);
    }
    return signals;
  }

  private vehiclesOf(officer: string): SupervisedVehicle[] {
    const ids = this.byOfficer.get(officer) ?? new Set<string>();
    return [...ids].flatMap((id) => this.vehicles.get(id) ?? []);
  }

  private put(v: SupervisedVehicle): void {
    this.vehicles.set(v.vehicleId, v);
    const ids = this.byOfficer.get(v.remoteOfficerId) ?? new Set<string>();
    ids.add(v.vehicleId);
    this.byOfficer.set(v.remoteOfficerId, ids);
  }

  private drop(v: SupervisedVehicle, timeMs: number, why: string, signals: RuleSignal[]): void {
    this.vehicles.delete(v.vehicleId);
    const ids = this.byOfficer.get(v.remoteOfficerId);
    ids?.delete(v.vehicleId);
    if (ids?.size === 0) this.byOfficer.delete(v.remoteOfficerId);
    if (v.alerted) signals.push(this.signal(v.vehicleId, 'clear', timeMs, why, {}));
    this.reconcile(v.remoteOfficerId, timeMs, signals);
  }

  /** Brings the alerts of one officer's vehicles in line with the officer's current load. */
  private reconcile(officer: string, timeMs: number, signals: RuleSignal[]): void {
    const supervised = this.vehiclesOf(officer);
    const max = this.settings.maxDriverlessPerRemoteOfficer;
    const overloaded = supervised.length > max;
    for (const v of supervised) {
      if (overloaded && !v.alerted) {
        v.alerted = true;
        signals.push(
          this.signal(
            v.vehicleId,
            'raise',
            timeMs,
            `remote officer ${officer} supervises ${supervised.length} driverless vehicles (max ${max})`,
            {
              remoteOfficerId: officer,
              driverlessVehicles: supervised.length,
              maxDriverlessVehicles: max,
            },
          ),
        );
      } else if (!overloaded && v.alerted) {
        v.alerted = false;
        signals.push(
          this.signal(v.vehicleId, 'clear', timeMs, `remote officer ${officer} load back to ${supervised.length}`, {}),
        );
      }
    }
  }

  private signal(
    vehicleId: string,
    action: 'raise' | 'clear',
    timeMs: number,
    detail: string,
    facts: RuleSignal['facts'],
  ): RuleSignal {
    const kind = 'remote_officer_overloaded';
    return { vehicleId, kind, action, severity: severityOf(kind), timeMs, detail, facts };
  }
}
