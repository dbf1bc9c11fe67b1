/**
 * What the login page tells the user above the form. Errors of the last attempt (`invalid-credentials`,
 * `rate-limited`, `unavailable`) and notices about why the login page is shown (`session-expired`, `logged-out`).
 */
export type LoginMessage =
  | { kind: 'invalid-credentials' }
  | { kind: 'rate-limited'; retryInSeconds: number | null }
  | { kind: 'unavailable' }
  | { kind: 'session-expired' }
  | { kind: 'logged-out' };

export type LoginCredentials = { username: string; password: string };
