import { describe, expect, it } from 'vitest';
import { mayEditReport, mayWriteIncidents, stepsFor } from './incident-access.js';

describe(stepsFor.name, () => {
  it('lets the operator draft and submit, never sign off', () => {
    expect(stepsFor('operator', 'opened')).toEqual(['draft', 'submit']);
    expect(stepsFor('operator', 'drafting')).toEqual(['submit']);
    expect(stepsFor('operator', 'submitted')).toEqual([]);
    expect(stepsFor('operator', 'review')).toEqual([]);
  });

  it('lets the regulator review, return and close, never draft', () => {
    expect(stepsFor('regulator', 'opened')).toEqual([]);
    expect(stepsFor('regulator', 'submitted')).toEqual(['review', 'return', 'close']);
    expect(stepsFor('regulator', 'review')).toEqual(['return', 'close']);
    expect(stepsFor('regulator', 'closed')).toEqual([]);
  });

  it('gives the assessor no step', () => {
    expect(stepsFor('assessor', 'opened')).toEqual([]);
    expect(stepsFor('assessor', 'submitted')).toEqual([]);
  });
});

describe(mayEditReport.name, () => {
  it('is open to the operator until submission', () => {
    expect(mayEditReport('operator', 'drafting')).toBe(true);
    expect(mayEditReport('operator', 'submitted')).toBe(false);
    expect(mayEditReport('regulator', 'drafting')).toBe(false);
    expect(mayWriteIncidents('assessor')).toBe(false);
  });
});
