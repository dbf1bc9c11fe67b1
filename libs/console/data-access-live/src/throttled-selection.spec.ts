import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeFleetUpdate, encodeFleetUpdate } from '@fleet/live-events';
import { alertFixture } from './alert-fixture.js';
import { AlertStore } from './alert-store.js';
import { FleetStore, type FleetCounts, type SlottedVehicle } from './fleet-store.js';
import { sameFleetCounts } from './same-fleet-counts.js';
import { READOUT_INTERVAL_MS, ThrottledSelection, type VersionedSource } from './throttled-selection.js';

const VEHICLES = 50;

function vehicle(slot: number): SlottedVehicle {
  return {
    slot,
    id: `veh-${slot}`,
    vin: `LSVAU2180N2${String(slot).padStart(6, '0')}`,
    plate: `沪A${String(slot).padStart(4, '0')}试`,
    category: 'robotaxi',
    automationLevel: 4,
    driverlessCapable: true,
    enterpriseId: 'ent-1',
    enterpriseName: '测试企业',
    state: null,
  };
}

function fleet(): FleetStore {
  const store = new FleetStore();
  store.applySnapshot({ serverTimeMs: 0, vehicles: Array.from({ length: VEHICLES }, (_, s) => vehicle(s)) }, 0);
  return store;
}

/** One live batch moving every vehicle a little; `offline` slots report offline. */
function moveAll(store: FleetStore, tick: number, offline: ReadonlySet<number> = new Set()): void {
  const rows = Array.from({ length: VEHICLES }, (_, slot) => ({
    slot,
    timeMs: 1_000 * (tick + 1),
    latDeg: 31.3,
    lonDeg: 121.2 + tick * 1e-5,
    speedMps: 10,
    headingDeg: 90,
    controlMode: 'automated' as const,
    faultLevel: 0,
    online: !offline.has(slot),
  }));
  store.applyUpdate(decodeFleetUpdate(encodeFleetUpdate(tick, rows)), tick * 500);
}

/**
 * Subscribes as React's useSyncExternalStore does and counts the renders it would make: a notification whose
 * snapshot is not the one last rendered (by Object.is).
 */
function renderCounter<S extends VersionedSource, T>(selection: ThrottledSelection<S, T>) {
  let rendered = selection.getSnapshot();
  let renders = 0;
  const unsubscribe = selection.subscribe(() => {
    const next = selection.getSnapshot();
    if (Object.is(next, rendered)) return;
    rendered = next;
    renders++;
  });
  return { renders: () => renders, rendered: () => rendered, unsubscribe };
}

const alert = (id: number) => alertFixture({ id, vehicleId: 'veh-1', enterpriseId: 'ent-1' });

describe(ThrottledSelection.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renders a readout of a 2 Hz fleet feed at most once a second, the first change at once', () => {
    const store = fleet();
    const readout = renderCounter(new ThrottledSelection(store, (s) => s.version));
    moveAll(store, 1);
    expect(readout.renders()).toBe(1);
    for (let tick = 2; tick <= 20; tick++) {
      vi.advanceTimersByTime(500);
      moveAll(store, tick);
    }
    // 20 updates over 9.5 s: one render at the first, then one per elapsed second.
    expect(readout.renders()).toBeLessThanOrEqual(11);
    expect(readout.renders()).toBeGreaterThanOrEqual(9);
    vi.advanceTimersByTime(READOUT_INTERVAL_MS);
    expect(readout.rendered()).toBe(store.version);
  });

  it('lags its store by less than the interval: the changes of an interval show when it ends', () => {
    const store = fleet();
    const readout = renderCounter(new ThrottledSelection(store, (s) => s.version));
    moveAll(store, 1);
    vi.advanceTimersByTime(100);
    moveAll(store, 2);
    moveAll(store, 3);
    expect(readout.rendered()).not.toBe(store.version);
    vi.advanceTimersByTime(READOUT_INTERVAL_MS - 100);
    expect(readout.rendered()).toBe(store.version);
    expect(readout.renders()).toBe(2);
  });

  it('does not render counts for updates that only move vehicles', () => {
    const store = fleet();
    moveAll(store, 0);
    const selection = new ThrottledSelection<FleetStore, FleetCounts>(store, (s) => s.counts(), {
      equals: sameFleetCounts,
    });
    const readout = renderCounter(selection);
    for (let tick = 1; tick <= 10; tick++) {
      vi.advanceTimersByTime(500);
      moveAll(store, tick);
    }
    expect(readout.renders()).toBe(0);
    vi.advanceTimersByTime(500);
    moveAll(store, 11, new Set([3, 4]));
    vi.advanceTimersByTime(READOUT_INTERVAL_MS);
    expect(readout.renders()).toBe(1);
    expect(readout.rendered().offline).toBe(2);
  });

  it('renders the alert list once for a burst of pushes, not once per push', () => {
    const alerts = new AlertStore();
    const readout = renderCounter(new ThrottledSelection(alerts, (s) => s.unresolved()));
    for (let id = 1; id <= 30; id++) {
      alerts.applyChange(alert(id));
      vi.advanceTimersByTime(30);
    }
    vi.advanceTimersByTime(READOUT_INTERVAL_MS);
    expect(readout.renders()).toBeLessThanOrEqual(2);
    expect(readout.rendered()).toHaveLength(30);
  });

  it('keeps its snapshot between changes even while unwatched, and follows the store then', () => {
    const store = fleet();
    const selection = new ThrottledSelection(store, (s) => ({ version: s.version }));
    const first = selection.getSnapshot();
    expect(selection.getSnapshot()).toBe(first);
    moveAll(store, 1);
    moveAll(store, 2);
    expect(selection.getSnapshot()).toEqual({ version: store.version });
  });

  it('sees a change made between the first read and the subscription', () => {
    const store = fleet();
    const selection = new ThrottledSelection(store, (s) => s.version);
    const rendered = selection.getSnapshot();
    moveAll(store, 1);
    const unsubscribe = selection.subscribe(() => undefined);
    expect(selection.getSnapshot()).not.toBe(rendered);
    expect(selection.getSnapshot()).toBe(store.version);
    unsubscribe();
  });

  it('leaves no listener on the store and no timer behind when the last subscriber leaves', () => {
    const store = fleet();
    const selection = new ThrottledSelection(store, (s) => s.version);
    const notified: number[] = [];
    const unsubscribe = selection.subscribe(() => notified.push(selection.getSnapshot()));
    moveAll(store, 1);
    moveAll(store, 2);
    unsubscribe();
    expect(vi.getTimerCount()).toBe(0);
    moveAll(store, 3);
    vi.advanceTimersByTime(READOUT_INTERVAL_MS);
    expect(notified).toHaveLength(1);
  });
});
