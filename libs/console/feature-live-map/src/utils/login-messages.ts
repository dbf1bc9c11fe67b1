import { isAuthError, type SignedOutReason } from '@fleet/console-auth';
import type { LoginMessage } from '@fleet/console-ui';

/** Outcome of a failed login attempt, kept by the login page; a rate limit remembers until when it holds. */
export type LoginFailure =
  { kind: 'invalid-credentials' } | { kind: 'unavailable' } | { kind: 'rate-limited'; untilMs: number | null };

export function loginFailureOf(error: unknown, nowMs: number): LoginFailure {
  if (isAuthError(error, 'unauthenticated')) return { kind: 'invalid-credentials' };
  if (isAuthError(error, 'rate_limited'))
    return {
      kind: 'rate-limited',
      untilMs: error.retryAfterSeconds === null ? null : nowMs + error.retryAfterSeconds * 1000,
    };
  return { kind: 'unavailable' };
}

function noticeOf(reason: SignedOutReason | null): LoginMessage | null {
  switch (reason) {
    case null:
    case 'initial':
      return null;
    case 'logged-out':
      return { kind: 'logged-out' };
    case 'session-expired':
      return { kind: 'session-expired' };
    case 'unavailable':
      return { kind: 'unavailable' };
  }
}

/**
 * The one message the login page shows: the last attempt's failure (a rate limit counting down and gone once
 * it has passed), else why the page is shown (`reason`, null once the user has tried to sign in).
 */
export function loginMessageOf(
  failure: LoginFailure | null,
  secondsLeft: number,
  reason: SignedOutReason | null,
): LoginMessage | null {
  if (!failure) return noticeOf(reason);
  if (failure.kind !== 'rate-limited') return failure;
  if (failure.untilMs === null) return { kind: 'rate-limited', retryInSeconds: null };
  return secondsLeft > 0 ? { kind: 'rate-limited', retryInSeconds: secondsLeft } : null;
}
