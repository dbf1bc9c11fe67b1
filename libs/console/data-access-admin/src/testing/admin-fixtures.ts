import type { Account, AuditEntry, VehicleCredential } from '../admin-types.js';

/** Builders of wire objects with plausible defaults; tests override what they are about. */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    at: '2025-05-01T08:00:00.000Z',
    actorId: '6f1c2a34-0000-4000-8000-000000000001',
    actorName: 'regulator',
    actorRole: 'regulator',
    enterpriseId: null,
    action: 'auth.login',
    targetType: 'session',
    targetId: '6f1c2a34-0000-4000-8000-0000000000aa',
    outcome: 'success',
    ip: '127.0.0.1',
    userAgent: 'Chromium',
    details: {},
    ...overrides,
  };
}

export function vehicleCredential(overrides: Partial<VehicleCredential> = {}): VehicleCredential {
  return {
    id: '6f1c2a34-0000-4000-8000-0000000000c1',
    vehicleId: 'RT-0001',
    createdAt: '2025-05-01T08:00:00.000Z',
    createdBy: 'operator-01',
    expiresAt: null,
    revokedAt: null,
    active: true,
    ...overrides,
  };
}

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: '6f1c2a34-0000-4000-8000-0000000000b1',
    username: 'operator-09',
    displayName: '测试主体运营 九',
    role: 'operator',
    enterpriseId: 'ent-demo-09',
    disabled: false,
    ...overrides,
  };
}
