import { describe, expect, it } from 'vitest';
import { newPermitRequest } from './registry-requests.js';

const permit = (over: Record<string, unknown> = {}) => ({
  id: 'P-1',
  enterpriseId: 'ent-a',
  stage: 'road_testing',
  vehicleIds: ['RT-0001'],
  zoneIds: ['zone-1'],
  speedCapKph: 40,
  validFrom: '2026-01-31T00:00:00+08:00',
  validTo: '2027-07-31T00:00:00+08:00',
  insuredAmountCny: 5_000_000,
  safetyOfficerRequired: true,
  driverlessAllowed: false,
  ...over,
});

describe('newPermitRequest', () => {
  it('accepts a test period of exactly 18 months and refuses a day more', () => {
    expect(newPermitRequest.safeParse(permit()).success).toBe(true);
    const longer = newPermitRequest.safeParse(permit({ validTo: '2027-08-01T00:00:00+08:00' }));
    expect(longer.success).toBe(false);
    expect(longer.error?.issues[0]?.message).toMatch(/18 months/);
  });

  it('asks for RMB 5 million of insurance per vehicle', () => {
    expect(newPermitRequest.safeParse(permit({ insuredAmountCny: 4_999_999 })).success).toBe(false);
  });

  it('takes daily windows as HH:MM with the start before the end, none meaning all day', () => {
    expect(newPermitRequest.parse(permit()).timeWindows).toEqual([]);
    expect(newPermitRequest.safeParse(permit({ timeWindows: [{ start: '08:40', end: '11:30' }] })).success).toBe(true);
    for (const w of [
      { start: '8:40', end: '11:30' },
      { start: '24:00', end: '24:30' },
      { start: '11:30', end: '08:40' },
    ]) {
      expect(newPermitRequest.safeParse(permit({ timeWindows: [w] })).success).toBe(false);
    }
  });

  it('refuses unknown fields and empty vehicle or zone lists', () => {
    expect(newPermitRequest.safeParse(permit({ status: 'active' })).success).toBe(false);
    expect(newPermitRequest.safeParse(permit({ vehicleIds: [] })).success).toBe(false);
    expect(newPermitRequest.safeParse(permit({ zoneIds: [] })).success).toBe(false);
  });
});
