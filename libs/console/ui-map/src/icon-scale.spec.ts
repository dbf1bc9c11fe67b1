import { describe, expect, it } from 'vitest';
import { iconScaleForZoom } from './icon-scale.js';

describe(iconScaleForZoom.name, () => {
  it('is full size close in and never below 45 % far out', () => {
    expect(iconScaleForZoom(16)).toBe(1);
    expect(iconScaleForZoom(14)).toBe(1);
    expect(iconScaleForZoom(8)).toBe(0.45);
    expect(iconScaleForZoom(12)).toBeCloseTo(0.7);
  });
});
