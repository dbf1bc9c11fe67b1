import { describe, expect, it } from 'vitest';
import { demoFleet } from './demo-fleet.js';
import { demoPermits, demoZones } from './demo-registry.js';

describe('demoPermits', () => {
  const fleet = demoFleet(300);
  const plan = demoPermits(fleet, Date.parse('2026-11-23T04:00:00Z'));

  it('puts every vehicle but the unpermitted violators on exactly one permit of its own enterprise', () => {
    const seen = new Map<string, number>();
    for (const p of plan.permits) {
      for (const id of p.vehicleIds) {
        seen.set(id, (seen.get(id) ?? 0) + 1);
        expect(fleet.find((v) => v.id === id)?.enterpriseId).toBe(p.enterpriseId);
      }
    }
    const unpermitted = [...plan.violators].filter(([, why]) => why === 'no_permit').map(([id]) => id);
    expect(unpermitted).toHaveLength(2);
    for (const v of fleet) expect(seen.get(v.id) ?? 0).toBe(unpermitted.includes(v.id) ? 0 : 1);
  });

  it('has two violators of every kind, each breaking its permit in that one way', () => {
    const kinds = [...plan.violators.values()];
    for (const kind of ['outside_area', 'over_speed', 'outside_hours', 'driverless', 'suspended', 'no_permit']) {
      expect(kinds.filter((k) => k === kind)).toHaveLength(2);
    }
    const overSpeed = plan.permits.find((p) => p.id.endsWith('OVER-SPEED'))!;
    const vehicle = fleet.find((v) => v.id === overSpeed.vehicleIds[0])!;
    expect(overSpeed.speedCapKph).toBeLessThan(vehicle.cruiseSpeedMps * 3.6);
    const hours = plan.permits.find((p) => p.id.endsWith('OUTSIDE-HOURS'))!;
    // 04:00 UTC is 12:00 in Shanghai; the window starts twelve hours later, at midnight.
    expect(hours.timeWindows).toEqual([{ start: '00:00', end: '01:00' }]);
  });

  it('names only zones that exist, with a corridor for every demo road', () => {
    const zones = new Set(demoZones().map((z) => z.id));
    for (const p of plan.permits) for (const z of p.zoneIds) expect(zones.has(z)).toBe(true);
    for (const v of fleet) expect(zones.has(`road-${v.routeId}`)).toBe(true);
  });
});
