import { startMigratedTestDatabase, type TestDatabase } from '@fleet/db/testing';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertRepository, type RaisedAlert } from './alert.repository.js';

let db: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  db = await startMigratedTestDatabase('alerts');
  pool = db.pool;
}, 60_000);

afterAll(() => db?.stop());

const scopeA = { kind: 'enterprise', enterpriseId: 'ent-a' } as const;
const scopeB = { kind: 'enterprise', enterpriseId: 'ent-b' } as const;
const speeding = (timeMs: number, over: Partial<RaisedAlert> = {}): RaisedAlert => ({
  vehicleId: 'A-1',
  enterpriseId: 'ent-a',
  kind: 'over_speed',
  severity: 'warning',
  timeMs,
  detail: '72 km/h over a 60 km/h cap',
  facts: { speedKph: 72, capKph: 60 },
  latDeg: 31.3,
  lonDeg: 121.2,
  permitId: 'P-1',
  ...over,
});

describe(AlertRepository.name, () => {
  it('keeps one unresolved alert per vehicle and kind: a returning condition adds an occurrence', async () => {
    const alerts = new AlertRepository(pool);
    const t = Date.parse('2026-11-23T02:00:00Z');
    const first = await alerts.raise(speeding(t));
    expect(first.opened).toBe(true);
    expect(await alerts.clear('A-1', 'over_speed', t + 5_000)).toMatchObject({ clearedAt: '2026-11-23T02:00:05.000Z' });
    const again = await alerts.raise(speeding(t + 60_000, { severity: 'critical' }));
    expect(again.opened).toBe(false);
    expect(again.alert).toMatchObject({
      id: first.alert.id,
      occurrences: 2,
      clearedAt: null,
      severity: 'critical',
      raisedAt: '2026-11-23T02:00:00.000Z',
      lastRaisedAt: '2026-11-23T02:01:00.000Z',
    });
    // Severity never drops on a later, milder occurrence.
    expect((await alerts.raise(speeding(t + 70_000))).alert.severity).toBe('critical');
    expect(await alerts.list(scopeA, { status: 'open', limit: 10 })).toHaveLength(1);
  });

  it('moves open → acknowledged → resolved within the scope only, and opens a fresh alert afterwards', async () => {
    const alerts = new AlertRepository(pool);
    const [open] = await alerts.list(scopeA, { status: 'open', kind: 'over_speed', limit: 1 });
    expect(await alerts.acknowledge(scopeB, open!.id, 'op-b', 'not mine')).toBeUndefined();
    expect(await alerts.get(scopeB, open!.id)).toBeUndefined();
    const acked = await alerts.acknowledge(scopeA, open!.id, 'op-a', '已电话联系安全员');
    expect(acked).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'op-a',
      acknowledgeNote: '已电话联系安全员',
    });
    expect(await alerts.acknowledge(scopeA, open!.id, 'op-a', 'twice')).toBeUndefined();
    expect(await alerts.resolve({ kind: 'all' }, open!.id, 'regulator', '已整改')).toMatchObject({
      status: 'resolved',
    });
    expect(await alerts.resolve(scopeA, open!.id, 'op-a', 'again')).toBeUndefined();
    const fresh = await alerts.raise(speeding(Date.parse('2026-11-23T03:00:00Z')));
    expect(fresh.opened).toBe(true);
    expect(fresh.alert.id).not.toBe(open!.id);
    expect(await alerts.unresolvedCounts(scopeA)).toEqual({ info: 0, warning: 1, critical: 0 });
    expect(await alerts.unresolvedCounts(scopeB)).toEqual({ info: 0, warning: 0, critical: 0 });
  });

  it('escalates a critical alert left unacknowledged, once', async () => {
    const alerts = new AlertRepository(pool);
    const collision = await alerts.raise(speeding(Date.now(), { kind: 'collision', severity: 'critical' }));
    const escalated = await alerts.escalateOverdue(0);
    expect(escalated.map((a) => a.id)).toEqual([collision.alert.id]);
    expect(await alerts.escalateOverdue(0)).toEqual([]);
  });
});
