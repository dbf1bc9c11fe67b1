import { describe, expect, it } from 'vitest';
import type { VehicleCredential } from '@fleet/console-admin-api';
import { credentialStatusOf } from './credential-status.js';

const base: VehicleCredential = {
  id: 'c-1',
  vehicleId: 'RT-0001',
  createdAt: '2025-05-01T08:00:00Z',
  createdBy: 'operator-01',
  expiresAt: null,
  revokedAt: null,
  active: true,
};

describe(credentialStatusOf.name, () => {
  it('tells active, grace-period, expired and revoked credentials apart', () => {
    expect(credentialStatusOf(base)).toBe('active');
    expect(credentialStatusOf({ ...base, expiresAt: '2025-05-01T09:00:00Z' })).toBe('expiring');
    expect(credentialStatusOf({ ...base, expiresAt: '2025-05-01T09:00:00Z', active: false })).toBe('expired');
    expect(credentialStatusOf({ ...base, revokedAt: '2025-05-01T08:30:00Z', active: false })).toBe('revoked');
  });

  it('calls a credential revoked during its grace period revoked, not expired', () => {
    const revokedInGrace = { ...base, expiresAt: '2025-05-01T09:00:00Z', revokedAt: '2025-05-01T08:30:00Z' };
    expect(credentialStatusOf({ ...revokedInGrace, active: false })).toBe('revoked');
  });
});
