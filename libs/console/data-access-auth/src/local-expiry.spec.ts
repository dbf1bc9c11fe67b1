import { describe, expect, it } from 'vitest';
import { localExpiryMs } from './local-expiry.js';

describe(localExpiryMs.name, () => {
  const received = Date.parse('2025-05-01T08:00:00Z');

  it('keeps the lifetime the server meant when the clocks disagree, less the Date header’s second', () => {
    // Server one hour behind this machine, token valid for 15 minutes.
    expect(localExpiryMs('2025-05-01T07:15:00Z', 'Thu, 01 May 2025 07:00:00 GMT', received)).toBe(
      received + 15 * 60_000 - 1_000,
    );
  });

  it('takes the stated expiry as it is without a readable Date header', () => {
    expect(localExpiryMs('2025-05-01T08:15:00Z', null, received)).toBe(received + 15 * 60_000);
    expect(localExpiryMs('2025-05-01T08:15:00Z', 'yesterday', received)).toBe(received + 15 * 60_000);
  });
});
