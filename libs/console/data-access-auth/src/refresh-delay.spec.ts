import { describe, expect, it } from 'vitest';
import { refreshDelayMs } from './refresh-delay.js';

describe(refreshDelayMs.name, () => {
  it('refreshes a minute before expiry', () => {
    expect(refreshDelayMs(15 * 60_000)).toBe(14 * 60_000);
  });

  it('refreshes short-lived tokens half-way instead of at once', () => {
    expect(refreshDelayMs(30_000)).toBe(15_000);
    expect(refreshDelayMs(120_000)).toBe(60_000);
  });

  it('refreshes at once when already expired or unreadable', () => {
    expect(refreshDelayMs(-1)).toBe(0);
    expect(refreshDelayMs(Number.NaN)).toBe(0);
  });
});
