export * from './auth-error.js';
export * from './auth-session.js';
export * from './auth-state.js';
export * from './refresh-token-store.js';
export { parseRetryAfterSeconds } from './retry-after.js';
