import type { AuthTokens, LoginRequest, RefreshRequest } from '@fleet/auth-model';
import { AuthError } from './auth-error.js';
import { isAuthTokens } from './auth-tokens-guard.js';
import { localExpiryMs } from './local-expiry.js';
import { parseRetryAfterSeconds } from './retry-after.js';

/** Tokens as issued, with the access token's expiry translated to this machine's clock. */
export type IssuedTokens = { tokens: AuthTokens; accessExpiresAtMs: number };

export const AUTH_PATHS = {
  login: '/api/v1/auth/login',
  refresh: '/api/v1/auth/refresh',
  logout: '/api/v1/auth/logout',
} as const;

/** The three token calls of `/api/v1/auth`, with their failures turned into AuthError reasons. */
export class AuthEndpoints {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchFn: typeof fetch,
  ) {}

  login(request: LoginRequest): Promise<IssuedTokens> {
    return this.postForTokens(AUTH_PATHS.login, request);
  }

  refresh(request: RefreshRequest): Promise<IssuedTokens> {
    return this.postForTokens(AUTH_PATHS.refresh, request);
  }

  /** Revokes the refresh token on the server. */
  async logout(accessToken: string | undefined, request: RefreshRequest): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (accessToken) headers['authorization'] = `Bearer ${accessToken}`;
    const res = await this.send(AUTH_PATHS.logout, { method: 'POST', headers, body: JSON.stringify(request) });
    if (!res.ok) throw failureOf(res);
  }

  private async postForTokens(path: string, body: LoginRequest | RefreshRequest): Promise<IssuedTokens> {
    const res = await this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw failureOf(res);
    const json: unknown = await res.json().catch(() => null);
    if (!isAuthTokens(json)) throw new AuthError('unavailable', `${path} answered with something that is not tokens`);
    return {
      tokens: json,
      accessExpiresAtMs: localExpiryMs(json.accessTokenExpiresAt, res.headers.get('date'), Date.now()),
    };
  }

  private async send(path: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetchFn(`${this.baseUrl}${path}`, init);
    } catch (error) {
      throw new AuthError('unavailable', `${path} could not be reached: ${String(error)}`);
    }
  }
}

function failureOf(res: Response): AuthError {
  const where = `${res.url || 'auth endpoint'} answered ${res.status}`;
  // 400 on login is a malformed credential (empty, too long): to the user it is the same as a wrong one.
  if (res.status === 401 || res.status === 400) return new AuthError('unauthenticated', where);
  if (res.status === 429)
    return new AuthError('rate_limited', where, parseRetryAfterSeconds(res.headers.get('retry-after'), Date.now()));
  return new AuthError('unavailable', where);
}
