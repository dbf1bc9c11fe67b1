import { describe, expect, it } from 'vitest';
import { ALERT_KIND_TABLE, ALERT_KINDS, isAlertKind, severityOf } from './alert-kinds.js';

describe(severityOf.name, () => {
  it('has a row for every kind and nothing else', () => {
    expect(Object.keys(ALERT_KIND_TABLE).sort()).toEqual([...ALERT_KINDS].sort());
  });

  it('rates faults by level and disengagements by initiator', () => {
    expect([1, 2, 3].map((faultLevel) => severityOf('fault', { faultLevel: faultLevel as 1 | 2 | 3 }))).toEqual([
      'info',
      'warning',
      'critical',
    ]);
    expect(severityOf('disengagement', { initiator: 'system' })).toBe('warning');
    expect(severityOf('disengagement', { initiator: 'safety_officer' })).toBe('info');
    expect(severityOf('disengagement', { initiator: null })).toBe('warning');
  });

  it('treats collisions and minimal-risk manoeuvres as critical and data quality as info', () => {
    expect(severityOf('collision')).toBe('critical');
    expect(severityOf('minimal_risk_maneuver')).toBe('critical');
    expect(severityOf('clock_skew')).toBe('info');
  });

  it('recognises kind names', () => {
    expect(isAlertKind('geofence_exit')).toBe(true);
    expect(isAlertKind('geofence_enter')).toBe(false);
  });
});
