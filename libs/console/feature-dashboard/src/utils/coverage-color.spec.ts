import { describe, expect, it } from 'vitest';
import { COVERAGE_RAMP } from '@fleet/console-tokens';
import { coverageColor } from './coverage-color.js';

describe(coverageColor.name, () => {
  it('gives the busiest cell the last step and a little driving the first', () => {
    expect(coverageColor(100, 100)).toEqual(COVERAGE_RAMP.at(-1));
    expect(coverageColor(0.1, 100)).toEqual(COVERAGE_RAMP[0]);
  });

  it('spreads the middle on a square-root scale', () => {
    // sqrt(0.25) = 0.5 → the middle of five steps.
    expect(coverageColor(25, 100)).toEqual(COVERAGE_RAMP[2]);
  });

  it('copes with an empty map', () => {
    expect(coverageColor(0, 0)).toEqual(COVERAGE_RAMP[0]);
  });
});
