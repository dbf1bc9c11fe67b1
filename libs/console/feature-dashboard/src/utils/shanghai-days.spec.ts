import { describe, expect, it } from 'vitest';
import { shanghaiDay, shanghaiDays, startOfShanghaiDay } from './shanghai-days.js';

describe(shanghaiDays.name, () => {
  it('lists the UTC+8 days of a period, the partial first and last days included', () => {
    // 2026-11-20 23:00 UTC is already the 21st in Shanghai.
    expect(shanghaiDays(new Date('2026-11-20T23:00:00Z'), new Date('2026-11-23T01:00:00Z'))).toEqual([
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
  });

  it('ends before a day that starts exactly at the end of the period', () => {
    expect(shanghaiDays(new Date('2026-11-20T16:00:00Z'), new Date('2026-11-21T16:00:00Z'))).toEqual(['2026-11-21']);
  });
});

describe(shanghaiDay.name, () => {
  it('names the day in UTC+8 and finds its midnight', () => {
    const ms = Date.parse('2026-11-22T17:30:00Z');
    expect(shanghaiDay(ms)).toBe('2026-11-23');
    expect(startOfShanghaiDay(ms).toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(shanghaiDay(Number.NaN)).toBe('—');
  });
});
