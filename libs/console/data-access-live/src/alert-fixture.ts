import type { AlertView } from '@fleet/alerts-model';

let nextId = 100;

/** An open over-speed alert for the store tests; each call gets a fresh id unless `overrides` names one. */
export function alertFixture(overrides: Partial<AlertView> = {}): AlertView {
  return {
    id: nextId++,
    vehicleId: 'RT-0001',
    enterpriseId: 'ent-demo-01',
    kind: 'over_speed',
    severity: 'warning',
    status: 'open',
    raisedAt: '2025-05-01T08:00:00.000Z',
    lastRaisedAt: '2025-05-01T08:00:00.000Z',
    occurrences: 1,
    detail: '',
    facts: {},
    latDeg: 31.29,
    lonDeg: 121.16,
    permitId: null,
    clearedAt: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    acknowledgeNote: null,
    resolvedAt: null,
    resolvedBy: null,
    resolveNote: null,
    escalatedAt: null,
    ...overrides,
  };
}
