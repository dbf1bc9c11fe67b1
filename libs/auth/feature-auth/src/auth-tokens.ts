/** Injection tokens for the two rate limits (same class, different settings). */
export const LOGIN_FAILURE_LIMIT = Symbol('LoginFailureLimit');
export const REQUEST_RATE_LIMIT = Symbol('RequestRateLimit');
