import type { Role } from './roles.js';

/** The signed-in account as the API and console see it. */
export type AuthUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The enterprise an operator belongs to; null for every other role. */
  enterpriseId: string | null;
};

/** `POST /api/v1/auth/login` body. */
export type LoginRequest = { username: string; password: string };

/** Answer of login and refresh. The refresh token is single-use: each refresh returns a new one. */
export type AuthTokens = {
  accessToken: string;
  refreshToken: string;
  /** ISO 8601; the console refreshes shortly before. */
  accessTokenExpiresAt: string;
  user: AuthUser;
};

/** `POST /api/v1/auth/refresh` and `POST /api/v1/auth/logout` body. */
export type RefreshRequest = { refreshToken: string };

/** socket.io handshake `auth` payload for the `/live` namespace. */
export type LiveHandshakeAuth = { token: string };

/** The connect_error message the live namespace answers with when the token is missing, expired or revoked. */
export const LIVE_UNAUTHENTICATED = 'unauthenticated';

/** Just the account fields of a richer object (a principal, a stored user), so nothing else leaks into answers. */
export function authUserOf(user: AuthUser): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    enterpriseId: user.enterpriseId,
  };
}
