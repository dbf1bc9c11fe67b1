import { describe, expect, it } from 'vitest';
import type { PromotionCheck, PromotionThresholds } from '@fleet/reports-model';
import { orderPromotionChecks, promotionProgress } from './promotion-order.js';

const THRESHOLDS: PromotionThresholds = { autonomousHours: 240, autonomousKm: 1000, violationKinds: [] };

function check(vehicleId: string, hours: number, km: number, eligible = false): PromotionCheck {
  return {
    vehicleId,
    vin: `VIN-${vehicleId}`,
    enterpriseId: 'ent-a',
    permitId: 'P-1',
    permitStage: 'road_testing',
    from: '2026-01-01T00:00:00Z',
    to: '2026-07-01T00:00:00Z',
    autonomousHoursInZone: hours,
    autonomousKmInZone: km,
    violations: 0,
    atFaultIncidents: 0,
    undeterminedIncidents: 0,
    meetsHours: hours >= 240,
    meetsKm: km >= 1000,
    eligible,
    reasons: eligible ? [] : ['insufficient_autonomous_time'],
  };
}

describe(promotionProgress.name, () => {
  it('measures against the nearer threshold', () => {
    expect(promotionProgress(check('a', 120, 100), THRESHOLDS)).toBe(0.5);
    expect(promotionProgress(check('a', 24, 800), THRESHOLDS)).toBe(0.8);
  });
});

describe(orderPromotionChecks.name, () => {
  it('puts the eligible first, then the closest to a threshold, then by vehicle', () => {
    const ordered = orderPromotionChecks(
      [check('c', 0, 0), check('b', 0, 0), check('near', 200, 0), check('done', 250, 10, true)],
      THRESHOLDS,
    );
    expect(ordered.map((c) => c.vehicleId)).toEqual(['done', 'near', 'b', 'c']);
  });
});
