import { describe, expect, it } from 'vitest';
import type { VehicleCategory } from '@fleet/fleet-model';
import { decodeFleetUpdate, encodeFleetUpdate, type FleetUpdateRow } from '@fleet/live-events';
import type { ControlModeName } from '@fleet/telemetry-contract';
import { FleetStore, type SlottedVehicle } from './fleet-store.js';

const ORIGIN: [number, number] = [121.2, 31.3];

function vehicle(
  slot: number,
  over: { category?: VehicleCategory; mode?: ControlModeName; online?: boolean; noState?: boolean } = {},
): SlottedVehicle {
  return {
    slot,
    id: `veh-${slot}`,
    vin: `LSVAU2180N2${String(slot).padStart(6, '0')}`,
    plate: `沪A${String(slot).padStart(4, '0')}试`,
    category: over.category ?? 'robotaxi',
    automationLevel: 4,
    driverlessCapable: true,
    enterpriseId: 'ent-1',
    enterpriseName: '测试企业',
    state: over.noState
      ? null
      : {
          timeMs: 1_000,
          receivedMs: 1_000,
          latDeg: 31.3,
          lonDeg: 121.2,
          speedMps: 10,
          headingDeg: 90,
          accelMps2: 0,
          controlMode: over.mode ?? 'automated',
          faultLevel: 0,
          batterySocPct: 80,
          odometerKm: 1234,
          safetyOfficerId: 'SO-1',
          passengers: 0,
          online: over.online ?? true,
        },
  };
}

function row(slot: number, over: Partial<FleetUpdateRow> = {}): FleetUpdateRow {
  return {
    slot,
    timeMs: 2_000,
    latDeg: 31.3,
    lonDeg: 121.201,
    speedMps: 12,
    headingDeg: 90,
    controlMode: 'automated',
    faultLevel: 0,
    online: true,
    ...over,
  };
}

function update(rows: FleetUpdateRow[]) {
  return decodeFleetUpdate(encodeFleetUpdate(5_000, rows));
}

function frame(store: FleetStore, nowMs: number) {
  const rows = store.drawableSlots(() => true);
  const pos = new Float32Array(rows.length * 3);
  const angles = new Float32Array(rows.length);
  const moving = store.writeFrame(nowMs, rows, ORIGIN, pos, angles);
  return { rows, pos, angles, moving };
}

describe(FleetStore.name, () => {
  it('loads a snapshot with vehicles at their slots, including sparse slots', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0), vehicle(7), vehicle(3, { noState: true })] }, 0);
    expect(store.vehicleCount).toBe(3);
    expect(store.slotCount).toBe(8);
    expect(store.vehicleById('veh-7')?.slot).toBe(7);
    expect([...store.drawableSlots(() => true)]).toEqual([0, 7]);
  });

  it('replaces the previous fleet on a new snapshot', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0), vehicle(1)] }, 0);
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(1)] }, 0);
    expect(store.vehicleCount).toBe(1);
    expect(store.vehicleById('veh-0')).toBeUndefined();
    expect([...store.drawableSlots(() => true)]).toEqual([1]);
  });

  it('applies a binary update to the addressed slots only', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0), vehicle(1)] }, 0);
    store.applyUpdate(update([row(1, { controlMode: 'remote', faultLevel: 3, speedMps: 5 })]), 100);
    expect(store.updatesReceived).toBe(1);
    const v1 = store.vehicleById('veh-1');
    expect(v1?.state?.controlMode).toBe('remote');
    expect(v1?.state?.faultLevel).toBe(3);
    expect(v1?.state?.speedMps).toBe(5);
    expect(v1?.state?.lonDeg).toBeCloseTo(121.201);
    expect(v1?.state?.batterySocPct).toBe(80);
    expect(store.vehicleById('veh-0')?.state?.controlMode).toBe('automated');
  });

  it('gives a vehicle without a position its first position without animating', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0, { noState: true })] }, 0);
    const layout = store.layoutVersion;
    store.applyUpdate(update([row(0)]), 100);
    expect(store.layoutVersion).toBeGreaterThan(layout);
    const f = frame(store, 100);
    expect(f.rows.length).toBe(1);
    expect(f.moving).toBe(false);
    expect(f.pos[0]).toBeCloseTo(0.001, 6);
  });

  it('glides from the drawn position to the new one over the update interval', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0)] }, 0);
    store.applyUpdate(update([row(0, { headingDeg: 90 })]), 1000);
    const half = frame(store, 1500);
    expect(half.moving).toBe(true);
    expect(half.pos[0]).toBeCloseTo(0.0005, 6);
    expect(half.angles[0]).toBeCloseTo(270);
    const done = frame(store, 2100);
    expect(done.moving).toBe(false);
    expect(done.pos[0]).toBeCloseTo(0.001, 6);
  });

  it('starts the next glide from where the vehicle is drawn, so there is no jump', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0)] }, 0);
    store.applyUpdate(update([row(0, { lonDeg: 121.202, timeMs: 2000 })]), 1000);
    store.applyUpdate(update([row(0, { lonDeg: 121.204, timeMs: 3000 })]), 1500);
    expect(frame(store, 1500).pos[0]).toBeCloseTo(0.001, 6);
  });

  it('snaps instead of gliding across a long jump', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0)] }, 0);
    store.applyUpdate(update([row(0, { lonDeg: 121.3 })]), 1000);
    const f = frame(store, 1000);
    expect(f.moving).toBe(false);
    expect(f.pos[0]).toBeCloseTo(0.1, 5);
  });

  it('ignores samples older than the one shown', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0)] }, 0);
    store.applyUpdate(update([row(0, { timeMs: 500, lonDeg: 121.19 })]), 1000);
    expect(store.vehicleById('veh-0')?.state?.lonDeg).toBeCloseTo(121.2);
  });

  it('counts rows for slots it does not know, so the client can resync', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0)] }, 0);
    store.applyUpdate(update([row(0), row(42)]), 100);
    expect(store.unknownSlotRows).toBe(1);
    store.applyVehicle(vehicle(42), 200);
    expect(store.vehicleById('veh-42')).toBeDefined();
  });

  it('grows past its initial capacity', () => {
    const store = new FleetStore();
    const vehicles = Array.from({ length: 5000 }, (_, i) => vehicle(i));
    store.applySnapshot({ serverTimeMs: 0, vehicles }, 0);
    store.applyUpdate(update([row(4999, { controlMode: 'manual' })]), 10);
    expect(store.vehicleById('veh-4999')?.state?.controlMode).toBe('manual');
    expect(store.drawableSlots(() => true).length).toBe(5000);
  });

  it('filters drawable slots by category', () => {
    const store = new FleetStore();
    store.applySnapshot(
      { serverTimeMs: 0, vehicles: [vehicle(0, { category: 'l2_car' }), vehicle(1, { category: 'smart_bus' })] },
      0,
    );
    expect([...store.drawableSlots((c) => c !== 0)]).toEqual([1]);
  });

  it('counts online vehicles by category and by control mode', () => {
    const store = new FleetStore();
    store.applySnapshot(
      {
        serverTimeMs: 0,
        vehicles: [
          vehicle(0, { category: 'robotaxi', mode: 'automated' }),
          vehicle(1, { category: 'robotaxi', mode: 'manual' }),
          vehicle(2, { category: 'smart_bus', mode: 'automated' }),
          vehicle(3, { category: 'delivery', online: false }),
          vehicle(4, { category: 'sweeper', noState: true }),
        ],
      },
      0,
    );
    const c = store.counts();
    expect(c).toMatchObject({ total: 5, online: 3, offline: 2 });
    expect(c.onlineByCategory.robotaxi).toBe(2);
    expect(c.onlineByCategory.smart_bus).toBe(1);
    expect(c.onlineByCategory.delivery).toBe(0);
    expect(c.onlineByMode.automated).toBe(2);
    expect(c.onlineByMode.manual).toBe(1);
    store.applyUpdate(update([row(0, { online: false })]), 100);
    expect(store.counts()).toMatchObject({ online: 2, offline: 3 });
    expect(store.counts().onlineByMode.automated).toBe(1);
  });

  it('searches plate, VIN and id, exact matches first', () => {
    const store = new FleetStore();
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(10), vehicle(1)] }, 0);
    expect(store.search('veh-1').map((v) => v.id)).toEqual(['veh-1', 'veh-10']);
    expect(store.search('沪A0010').map((v) => v.id)).toEqual(['veh-10']);
    expect(store.search('  ')).toEqual([]);
  });

  it('notifies subscribers on every change', () => {
    const store = new FleetStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.applySnapshot({ serverTimeMs: 0, vehicles: [vehicle(0)] }, 0);
    store.applyUpdate(update([row(0)]), 1);
    off();
    store.applyUpdate(update([row(0, { timeMs: 3000 })]), 2);
    expect(calls).toBe(2);
  });
});
