import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from './settings.js';
import { localTime, T0 } from './testing/factories.js';
import { localMsOfDay, parseTimeOfDay, timeWindowProblems, windowContains } from './time-of-day.js';

describe(localMsOfDay.name, () => {
  it('shifts UTC by eight hours into the pilot zone', () => {
    expect(localMsOfDay(T0, DEFAULT_RULE_SETTINGS.localUtcOffsetMs)).toBe(10 * 3_600_000);
    // 20:00 UTC is 04:00 the next local day.
    expect(localMsOfDay(Date.UTC(2026, 2, 2, 20), DEFAULT_RULE_SETTINGS.localUtcOffsetMs)).toBe(4 * 3_600_000);
  });

  it('stays in range before the epoch', () => {
    expect(localMsOfDay(-1, 0)).toBe(86_399_999);
  });
});

describe(parseTimeOfDay.name, () => {
  it.each([
    ['08:40', 31_200_000],
    ['00:00', 0],
    ['24:00', 86_400_000],
    ['13:00:30', 46_830_000],
  ])('reads %s', (text, ms) => {
    expect(parseTimeOfDay(text)).toBe(ms);
  });

  it.each(['8:40', '24:01', '12:60', '12:00:60', 'noon', ''])('refuses %j', (text) => {
    expect(parseTimeOfDay(text)).toBeNull();
  });
});

describe(windowContains.name, () => {
  const morning = { start: '08:40', end: '11:30' };
  const msOf = (hh: number, mm: number, ss = 0): number => localMsOfDay(localTime(hh, mm, ss), 8 * 3_600_000);

  it('includes the start and excludes the end', () => {
    expect(windowContains(morning, msOf(8, 40))).toBe(true);
    expect(windowContains(morning, msOf(11, 30))).toBe(false);
    expect(windowContains(morning, msOf(11, 29, 59))).toBe(true);
  });

  it('treats a window with equal start and end as empty', () => {
    expect(windowContains({ start: '09:00', end: '09:00' }, msOf(9, 0))).toBe(false);
  });

  it('treats 00:00 to 24:00 as the whole day', () => {
    expect(windowContains({ start: '00:00', end: '24:00' }, msOf(23, 59, 59))).toBe(true);
  });
});

describe(timeWindowProblems.name, () => {
  it('lists malformed and empty windows by position', () => {
    expect(timeWindowProblems([{ start: '08:40', end: '11:30' }])).toEqual([]);
    expect(
      timeWindowProblems([
        { start: '8:40', end: '11:30' },
        { start: '09:00', end: '09:00' },
      ]),
    ).toEqual(['time window 0: start "8:40" is not HH:MM', 'time window 1: start equals end']);
  });
});
