import { describe, expect, it } from 'vitest';
import { lerpHeading, moveProgress, nextIntervalEstimate, normalizeDegrees } from './motion.js';

describe(moveProgress.name, () => {
  it('runs from 0 to 1 over the duration and clamps outside it', () => {
    expect(moveProgress(1000, 1000, 1000)).toBe(0);
    expect(moveProgress(1500, 1000, 1000)).toBe(0.5);
    expect(moveProgress(2500, 1000, 1000)).toBe(1);
    expect(moveProgress(500, 1000, 1000)).toBe(0);
  });
  it('treats a zero-length move as done', () => {
    expect(moveProgress(1000, 1000, 0)).toBe(1);
  });
});

describe(lerpHeading.name, () => {
  it('takes the shorter arc across north', () => {
    expect(lerpHeading(350, 10, 0.5)).toBeCloseTo(0);
    expect(lerpHeading(10, 350, 0.25)).toBeCloseTo(5);
  });
  it('interpolates plainly when no wrap is needed', () => {
    expect(lerpHeading(90, 180, 0.5)).toBeCloseTo(135);
  });
  it('normalises results into [0, 360)', () => {
    expect(normalizeDegrees(-90)).toBe(270);
    expect(lerpHeading(0, 0, 1)).toBe(0);
  });
});

describe(nextIntervalEstimate.name, () => {
  it('moves toward the observed interval', () => {
    expect(nextIntervalEstimate(1000, 2000)).toBeCloseTo(1300);
  });
  it('clamps outliers and ignores nonsense', () => {
    expect(nextIntervalEstimate(1000, 60_000)).toBeCloseTo(1000 * 0.7 + 3000 * 0.3);
    expect(nextIntervalEstimate(1000, Number.NaN)).toBe(1000);
  });
});
