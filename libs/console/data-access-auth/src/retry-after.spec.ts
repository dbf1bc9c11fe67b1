import { describe, expect, it } from 'vitest';
import { parseRetryAfterSeconds } from './retry-after.js';

describe(parseRetryAfterSeconds.name, () => {
  const now = Date.parse('2025-05-01T08:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfterSeconds('30', now)).toBe(30);
    expect(parseRetryAfterSeconds(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as seconds from now, rounded up, never negative', () => {
    expect(parseRetryAfterSeconds('Thu, 01 May 2025 08:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfterSeconds('Thu, 01 May 2025 07:00:00 GMT', now)).toBe(0);
  });

  it('gives null for an absent or unreadable header', () => {
    expect(parseRetryAfterSeconds(null, now)).toBeNull();
    expect(parseRetryAfterSeconds('soon', now)).toBeNull();
    expect(parseRetryAfterSeconds('-5', now)).toBeNull();
  });
});
