import { describe, expect, it } from 'vitest';
import { AuthError } from '@fleet/console-auth';
import { loginFailureOf, loginMessageOf } from './login-messages.js';

describe(loginFailureOf.name, () => {
  it('tells wrong credentials, rate limits (with their end) and everything else apart', () => {
    expect(loginFailureOf(new AuthError('unauthenticated', '401'), 0)).toEqual({ kind: 'invalid-credentials' });
    expect(loginFailureOf(new AuthError('rate_limited', '429', 30), 1_000)).toEqual({
      kind: 'rate-limited',
      untilMs: 31_000,
    });
    expect(loginFailureOf(new AuthError('rate_limited', '429'), 1_000)).toEqual({
      kind: 'rate-limited',
      untilMs: null,
    });
    expect(loginFailureOf(new AuthError('unavailable', '502'), 0)).toEqual({ kind: 'unavailable' });
    expect(loginFailureOf(new TypeError('boom'), 0)).toEqual({ kind: 'unavailable' });
  });
});

describe(loginMessageOf.name, () => {
  it('shows the failure of the last attempt', () => {
    expect(loginMessageOf({ kind: 'invalid-credentials' }, 0, null)).toEqual({ kind: 'invalid-credentials' });
  });

  it('counts a rate limit down and drops it once it has passed', () => {
    const failure = { kind: 'rate-limited', untilMs: 31_000 } as const;
    expect(loginMessageOf(failure, 12, null)).toEqual({ kind: 'rate-limited', retryInSeconds: 12 });
    expect(loginMessageOf(failure, 0, null)).toBeNull();
    expect(loginMessageOf({ kind: 'rate-limited', untilMs: null }, 0, null)).toEqual({
      kind: 'rate-limited',
      retryInSeconds: null,
    });
  });

  it('without a failure says why the login page is shown', () => {
    expect(loginMessageOf(null, 0, 'initial')).toBeNull();
    expect(loginMessageOf(null, 0, 'session-expired')).toEqual({ kind: 'session-expired' });
    expect(loginMessageOf(null, 0, 'logged-out')).toEqual({ kind: 'logged-out' });
    expect(loginMessageOf(null, 0, 'unavailable')).toEqual({ kind: 'unavailable' });
  });
});
