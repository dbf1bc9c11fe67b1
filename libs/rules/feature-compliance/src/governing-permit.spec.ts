import type { Permit } from '@fleet/registry-model';
import { describe, expect, it } from 'vitest';
import { governingPermit } from './governing-permit.js';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const permit = (id: string, over: Partial<Permit> = {}): Permit => ({
  id,
  enterpriseId: 'e',
  stage: 'road_testing',
  vehicleIds: ['V'],
  zoneIds: [],
  timeWindows: [],
  speedCapKph: 60,
  weatherNote: '',
  validFrom: '2026-01-01T00:00:00Z',
  validTo: '2027-01-01T00:00:00Z',
  insuredAmountCny: 5_000_000,
  safetyOfficerRequired: true,
  driverlessAllowed: false,
  status: 'active',
  statusReason: null,
  statusChangedAt: null,
  statusChangedBy: null,
  ...over,
});

describe(governingPermit.name, () => {
  it('prefers an active permit within its validity over a later suspended one', () => {
    const suspended = permit('S', { status: 'suspended', statusChangedAt: '2026-11-01T00:00:00Z' });
    expect(governingPermit([suspended, permit('A')], NOW)?.id).toBe('A');
  });

  it('falls back to the permit that changed last, so a suspension or expiry is reported as such', () => {
    const expired = permit('X', { validTo: '2026-06-01T00:00:00Z' });
    const suspended = permit('S', { status: 'suspended', statusChangedAt: '2026-11-01T00:00:00Z' });
    expect(governingPermit([expired, suspended], NOW)?.id).toBe('S');
    expect(governingPermit([expired], NOW)?.id).toBe('X');
    expect(governingPermit([], NOW)).toBeUndefined();
  });
});
