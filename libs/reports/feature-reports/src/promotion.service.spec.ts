import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS } from '@fleet/reports-data';
import { judgePromotion } from './promotion.service.js';

const thresholds = DEFAULT_REPORT_SETTINGS.promotion;
const clean = { autonomousHoursInZone: 0, autonomousKmInZone: 0, violations: 0, atFaultIncidents: 0 };

describe(judgePromotion.name, () => {
  it('needs 240 h or 1000 km: exactly at a threshold is enough, just below both is not', () => {
    expect(judgePromotion({ ...clean, autonomousHoursInZone: 240 }, thresholds)).toEqual({
      meetsHours: true,
      meetsKm: false,
      eligible: true,
      reasons: [],
    });
    expect(judgePromotion({ ...clean, autonomousKmInZone: 1000 }, thresholds).eligible).toBe(true);
    expect(judgePromotion({ ...clean, autonomousHoursInZone: 239.99, autonomousKmInZone: 999.99 }, thresholds)).toEqual(
      {
        meetsHours: false,
        meetsKm: false,
        eligible: false,
        reasons: ['insufficient_autonomous_time'],
      },
    );
  });

  it('refuses any violation or at-fault incident whatever the mileage', () => {
    const driven = { ...clean, autonomousHoursInZone: 500, autonomousKmInZone: 5000 };
    expect(judgePromotion({ ...driven, violations: 1 }, thresholds).reasons).toEqual(['violations']);
    expect(judgePromotion({ ...driven, atFaultIncidents: 1 }, thresholds).reasons).toEqual(['at_fault_incidents']);
    expect(judgePromotion({ ...clean, violations: 2, atFaultIncidents: 1 }, thresholds).reasons).toEqual([
      'insufficient_autonomous_time',
      'violations',
      'at_fault_incidents',
    ]);
  });

  it('uses the thresholds it is given (they are settings)', () => {
    const low = { ...thresholds, autonomousHours: 1, autonomousKm: 5 };
    expect(judgePromotion({ ...clean, autonomousKmInZone: 5 }, low).eligible).toBe(true);
    expect(judgePromotion({ ...clean, autonomousKmInZone: 4.999 }, low).eligible).toBe(false);
  });
});
