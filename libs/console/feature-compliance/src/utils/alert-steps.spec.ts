import { describe, expect, it } from 'vitest';
import { alertStepsOf, mayActOnAlerts } from './alert-steps.js';

describe(mayActOnAlerts.name, () => {
  it('lets every role that writes act on alerts, not the assessor', () => {
    expect((['admin', 'regulator', 'operator', 'assessor'] as const).map(mayActOnAlerts)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe(alertStepsOf.name, () => {
  it('offers acknowledging only while open and resolving until resolved', () => {
    expect(alertStepsOf({ status: 'open' })).toEqual(['acknowledge', 'resolve']);
    expect(alertStepsOf({ status: 'acknowledged' })).toEqual(['resolve']);
    expect(alertStepsOf({ status: 'resolved' })).toEqual([]);
  });
});
