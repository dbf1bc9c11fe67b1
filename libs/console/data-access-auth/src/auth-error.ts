/**
 * Why an authentication call failed, as the console needs to tell the user:
 * - unauthenticated: wrong credentials (login) or an expired / revoked refresh token (refresh);
 * - rate_limited: too many attempts, `retryAfterSeconds` says how long to wait when the server told us;
 * - signed_out: an authorized call was made without a session (nothing to refresh);
 * - unavailable: network failure, server error or an answer that is not the contract.
 */
export type AuthFailureReason = 'unauthenticated' | 'rate_limited' | 'signed_out' | 'unavailable';

export class AuthError extends Error {
  constructor(
    readonly reason: AuthFailureReason,
    message: string,
    /** Seconds to wait before trying again (rate_limited only), when the server sent `Retry-After`. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export function isAuthError(error: unknown, reason?: AuthFailureReason): error is AuthError {
  return error instanceof AuthError && (reason === undefined || error.reason === reason);
}
