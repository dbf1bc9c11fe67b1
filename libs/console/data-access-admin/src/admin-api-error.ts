/**
 * Why an access-control call failed, as the console tells the user. The server's `{error: {code}}` when it sent
 * one, else derived from the status; `unreachable` when no answer came, `unexpected_response` when the answer
 * was not the contract (a proxy's error page, a half-deployed server).
 */
export type AdminApiErrorCode =
  | 'invalid_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'internal'
  | 'unreachable'
  | 'unexpected_response';

/** One problem the server found in a request (`error.details` of a 400): where in the body, and what. */
export type AdminApiIssue = { path: string; message: string };

export class AdminApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: AdminApiErrorCode,
    message: string,
    /** The server's own list of what was wrong (empty when it sent none), for forms that show it. */
    readonly issues: readonly AdminApiIssue[] = [],
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

export function isAdminApiError(error: unknown, code?: AdminApiErrorCode): error is AdminApiError {
  return error instanceof AdminApiError && (code === undefined || error.code === code);
}
