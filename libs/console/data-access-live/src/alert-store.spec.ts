import type { AlertView } from '@fleet/alerts-model';
import { describe, expect, it } from 'vitest';
import { alertFixture } from './alert-fixture.js';
import { AlertStore } from './alert-store.js';

const alert = alertFixture;

const LOADED_AT = Date.parse('2025-05-01T09:00:00Z');
const after = '2025-05-01T09:00:05.000Z';

function loaded(items: AlertView[], counts = { info: 0, warning: items.length, critical: 0 }, complete = true) {
  const store = new AlertStore();
  store.applyLoad(store.beginLoad(LOADED_AT), { items, counts, complete });
  return store;
}

describe(AlertStore.name, () => {
  it('shows the loaded unresolved alerts newest first with the server’s counts', () => {
    const older = alert({ id: 1 });
    const newer = alert({ id: 2, severity: 'critical' });
    const store = loaded([older, newer], { info: 0, warning: 1, critical: 1 });
    expect(store.unresolved().map((a) => a.id)).toEqual([2, 1]);
    expect(store.counts()).toEqual({ info: 0, warning: 1, critical: 1 });
    expect(store.isLoaded).toBe(true);
  });

  it('adds a pushed new alert in place and counts it, and updates it by id', () => {
    const store = loaded([alert({ id: 1 })]);
    const versions: number[] = [];
    store.subscribe(() => versions.push(store.version));
    const pushed = alert({ id: 5, severity: 'critical', raisedAt: after });
    store.applyChange(pushed);
    expect(store.unresolved().map((a) => a.id)).toEqual([5, 1]);
    expect(store.counts()).toEqual({ info: 0, warning: 1, critical: 1 });
    store.applyChange({ ...pushed, status: 'acknowledged', acknowledgedBy: 'regulator' });
    expect(store.get(5)?.status).toBe('acknowledged');
    expect(store.size).toBe(2);
    expect(store.counts().critical).toBe(1);
    expect(versions).toHaveLength(2);
  });

  it('drops a resolved alert, uncounts it, and ignores a late push of an earlier step', () => {
    const open = alert({ id: 3 });
    const store = loaded([open]);
    store.applyChange({ ...open, status: 'resolved' });
    expect(store.unresolved()).toEqual([]);
    expect(store.counts().warning).toBe(0);
    store.applyChange({ ...open, status: 'acknowledged' });
    expect(store.unresolved()).toEqual([]);
    expect(store.counts().warning).toBe(0);
  });

  it('keeps the newer state when an older push arrives after an action’s answer', () => {
    const open = alert({ id: 4, occurrences: 2 });
    const store = loaded([open]);
    store.applyChange({ ...open, status: 'acknowledged' });
    store.applyChange({ ...open, occurrences: 1 });
    expect(store.get(4)).toMatchObject({ status: 'acknowledged', occurrences: 2 });
    store.applyChange({ ...open, status: 'acknowledged', occurrences: 3, clearedAt: after });
    expect(store.get(4)).toMatchObject({ occurrences: 3, clearedAt: after });
  });

  it('moves the count when an alert’s severity rises', () => {
    const open = alert({ id: 6, kind: 'fault', severity: 'info' });
    const store = loaded([open], { info: 1, warning: 0, critical: 0 });
    store.applyChange({ ...open, severity: 'critical', occurrences: 2 });
    expect(store.counts()).toEqual({ info: 0, warning: 0, critical: 1 });
  });

  it('after an incomplete load treats an unseen older alert as already counted, a newer one as new', () => {
    const store = loaded([alert({ id: 10 })], { info: 0, warning: 40, critical: 0 }, false);
    store.applyChange(alert({ id: 3, status: 'resolved' }));
    expect(store.counts().warning).toBe(39);
    store.applyChange(alert({ id: 2, status: 'acknowledged' }));
    expect(store.counts().warning).toBe(39);
    store.applyChange(alert({ id: 11, raisedAt: after }));
    expect(store.counts().warning).toBe(40);
  });

  it('after a complete load ignores resolutions of alerts it never showed', () => {
    const store = loaded([alert({ id: 10 })]);
    store.applyChange(alert({ id: 3, status: 'resolved' }));
    expect(store.counts().warning).toBe(1);
  });

  it('re-applies pushes that arrived while a load was in flight over its older answer', () => {
    const store = new AlertStore();
    const ticket = store.beginLoad(LOADED_AT);
    const listed = alert({ id: 20 });
    store.applyChange({ ...listed, status: 'resolved' });
    store.applyChange(alert({ id: 21, raisedAt: after, severity: 'critical' }));
    store.applyLoad(ticket, { items: [listed], counts: { info: 0, warning: 1, critical: 0 }, complete: true });
    expect(store.unresolved().map((a) => a.id)).toEqual([21]);
    expect(store.counts()).toEqual({ info: 0, warning: 1, critical: 1 });
  });

  it('ignores the answer of a load that a newer one replaced, and one that was abandoned', () => {
    const store = new AlertStore();
    const first = store.beginLoad(LOADED_AT);
    const second = store.beginLoad(LOADED_AT + 1);
    store.applyLoad(first, {
      items: [alert({ id: 30 })],
      counts: { info: 0, warning: 1, critical: 0 },
      complete: true,
    });
    expect(store.isLoaded).toBe(false);
    store.abandonLoad(second);
    store.applyLoad(second, {
      items: [alert({ id: 31 })],
      counts: { info: 0, warning: 1, critical: 0 },
      complete: true,
    });
    expect(store.isLoaded).toBe(false);
  });
});
