import { describe, expect, it } from 'vitest';
import { bucketMsFor, TARGET_POINTS } from './track-window.js';

describe(bucketMsFor.name, () => {
  it('gives a day about TARGET_POINTS buckets of whole seconds', () => {
    const day = 86_400_000;
    const bucket = bucketMsFor(0, day);
    expect(bucket % 1_000).toBe(0);
    expect(day / bucket).toBeLessThanOrEqual(TARGET_POINTS);
    expect(day / bucket).toBeGreaterThan(TARGET_POINTS * 0.9);
  });

  it('never goes below one second', () => {
    expect(bucketMsFor(0, 60_000)).toBe(1_000);
  });
});
