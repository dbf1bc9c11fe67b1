import { describe, expect, it } from 'vitest';
import { localInputMs, localInputValue } from './local-time-input.js';

describe(localInputValue.name, () => {
  it('round-trips through localInputMs to the second', () => {
    const t = new Date(2026, 10, 23, 9, 5, 7).getTime();
    expect(localInputValue(t)).toBe('2026-11-23T09:05:07');
    expect(localInputMs(localInputValue(t))).toBe(t);
  });

  it('reads values without seconds and refuses malformed ones', () => {
    expect(localInputMs('2026-11-23T09:05')).toBe(new Date(2026, 10, 23, 9, 5).getTime());
    expect(localInputMs('')).toBeNaN();
    expect(localInputMs('2026-11-23 09:05')).toBeNaN();
  });
});
