import { SYSTEM_SCOPE } from '@fleet/auth-model';
import type { VehicleSummary } from '@fleet/fleet-model';
import type { LiveVehicleState } from '@fleet/live-bus';
import { controlModeAt, decodeFleetUpdate } from '@fleet/live-events';
import { describe, expect, it, vi } from 'vitest';
import { FleetLiveState } from './fleet-live-state.js';

const vehicle = (id: string, enterpriseId = 'e1'): VehicleSummary => ({
  id,
  vin: 'LSVAU2180N2183294',
  plate: '沪A·0001试',
  category: 'robotaxi',
  automationLevel: 4,
  driverlessCapable: true,
  enterpriseId,
  enterpriseName: '示例',
  state: null,
});
const state = (vehicleId: string, timeMs: number, over: Partial<LiveVehicleState> = {}): LiveVehicleState => ({
  vehicleId,
  timeMs,
  receivedMs: timeMs,
  latDeg: 31.3,
  lonDeg: 121.2,
  speedMps: 5,
  headingDeg: 90,
  accelMps2: 0,
  controlMode: 'automated',
  faultLevel: null,
  batterySocPct: null,
  odometerKm: null,
  safetyOfficerId: null,
  passengers: null,
  online: true,
  ...over,
});

describe(FleetLiveState.name, () => {
  it('coalesces several updates of a vehicle within a tick into its latest row', () => {
    const live = new FleetLiveState(
      () => Promise.resolve(undefined),
      () => undefined,
    );
    live.load([vehicle('A'), vehicle('B')]);
    live.apply({ type: 'vehicle-states', states: [state('B', 1_000), state('B', 2_000, { controlMode: 'manual' })] });
    live.apply({ type: 'vehicle-states', states: [state('B', 1_500)] });
    const update = decodeFleetUpdate(live.takeUpdate()!.all.buffer);
    expect(Array.from(update.slot)).toEqual([1]);
    expect(update.timeMs[0]).toBe(2_000);
    expect(controlModeAt(update, 0)).toBe('manual');
    expect(live.takeUpdate()).toBeUndefined();
  });

  it('marks a vehicle offline from its last will without moving it', () => {
    const live = new FleetLiveState(
      () => Promise.resolve(undefined),
      () => undefined,
    );
    live.load([vehicle('A')]);
    live.apply({ type: 'vehicle-states', states: [state('A', 1_000)] });
    live.takeUpdate();
    live.apply({ type: 'vehicle-connectivity', vehicleId: 'A', online: false, timeMs: 5_000 });
    const update = decodeFleetUpdate(live.takeUpdate()!.all.buffer);
    expect(update.online[0]).toBe(0);
    expect(update.timeMs[0]).toBe(1_000);
  });

  it('survives a failed lookup of an unknown vehicle and reports it', async () => {
    const failed = vi.fn();
    const live = new FleetLiveState(
      () => Promise.reject(new Error('database down')),
      () => undefined,
      failed,
    );
    live.apply({ type: 'vehicle-states', states: [state('NEW', 1_000)] });
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith('NEW', expect.any(Error)));
    expect(live.size).toBe(0);
  });

  it('adds a vehicle registered after start-up and announces its slot', async () => {
    const announced = vi.fn();
    const live = new FleetLiveState((id) => Promise.resolve(vehicle(id)), announced);
    live.load([vehicle('A')]);
    live.apply({ type: 'vehicle-states', states: [state('NEW', 1_000)] });
    await vi.waitFor(() => expect(announced).toHaveBeenCalledTimes(1));
    expect(announced.mock.calls[0]![0]).toMatchObject({ id: 'NEW', slot: 1, state: { timeMs: 1_000 } });
    expect(live.snapshot(SYSTEM_SCOPE).vehicles).toHaveLength(2);
  });

  it('keeps each enterprise to its own vehicles in snapshots and per-tick updates', () => {
    const live = new FleetLiveState(
      () => Promise.resolve(undefined),
      () => undefined,
    );
    live.load([vehicle('A1', 'ent-a'), vehicle('B1', 'ent-b'), vehicle('A2', 'ent-a')]);
    const scopeA = { kind: 'enterprise', enterpriseId: 'ent-a' } as const;
    expect(live.snapshot(scopeA).vehicles.map((v) => [v.id, v.slot])).toEqual([
      ['A1', 0],
      ['A2', 2],
    ]);
    live.apply({ type: 'vehicle-states', states: [state('A2', 1_000), state('B1', 1_000)] });
    const update = live.takeUpdate()!;
    expect(Array.from(decodeFleetUpdate(update.all.buffer).slot).sort()).toEqual([1, 2]);
    expect(Array.from(decodeFleetUpdate(update.byEnterprise.get('ent-a')!.buffer).slot)).toEqual([2]);
    expect(Array.from(decodeFleetUpdate(update.byEnterprise.get('ent-b')!.buffer).slot)).toEqual([1]);
  });
});
