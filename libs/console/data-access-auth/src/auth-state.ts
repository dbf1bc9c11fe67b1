import type { AuthUser } from '@fleet/auth-model';

/**
 * Why the console shows the login page:
 * - initial: nobody signed in on this tab yet;
 * - logged-out: the user signed out;
 * - session-expired: the refresh token was refused (expired, revoked, used elsewhere);
 * - unavailable: a stored session could not be resumed because the server did not answer.
 */
export type SignedOutReason = 'initial' | 'logged-out' | 'session-expired' | 'unavailable';

/** What React renders from (via `useSyncExternalStore`); a new object on every change. */
export type AuthState =
  { status: 'restoring' } | { status: 'signed-out'; reason: SignedOutReason } | { status: 'signed-in'; user: AuthUser };
