import { describe, expect, it } from 'vitest';
import { presetPeriod } from './preset-period.js';
import { shanghaiDays } from './shanghai-days.js';

describe(presetPeriod.name, () => {
  it('covers the last seven Shanghai days, today included, up to now', () => {
    const now = Date.parse('2026-11-23T03:00:00Z');
    const period = presetPeriod('7d', now);
    expect(period.from.toISOString()).toBe('2026-11-16T16:00:00.000Z');
    expect(period.to.getTime()).toBe(now);
    expect(shanghaiDays(period.from, period.to)).toHaveLength(7);
  });
});
