import { authUserOf, type AuthTokens, type AuthUser } from '@fleet/auth-model';
import {
  DECOY_PASSWORD_HASH,
  newSecret,
  sameDigest,
  sha256,
  verifyPassword,
  type SessionRepository,
  type UserRepository,
} from '@fleet/auth-data';
import { ApiError } from '@fleet/http';
import type { AccessTokenService } from './access-token.service.js';
import type { AuditService } from './audit.service.js';
import type { Principal, RequestOrigin } from './principal.js';
import type { RateLimit } from './rate-limits.js';
import type { SessionValidity } from './session-validity.js';

const WRONG_CREDENTIALS = 'wrong user name or password';

/**
 * Sign-in, refresh and sign-out. A refresh token is `{sessionId}.{secret}`, single use: each refresh returns a
 * new one, and presenting an old one again (a sign it was stolen) revokes the whole session.
 */
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccessTokenService,
    private readonly validity: SessionValidity,
    private readonly audit: AuditService,
    private readonly loginFailures: RateLimit,
    private readonly refreshTtlMs: number,
  ) {}

  async login(username: string, password: string, origin: RequestOrigin): Promise<AuthTokens> {
    const throttleKey = `${username}|${origin.ip ?? ''}`;
    const anonymous = { id: username, username, role: 'anonymous', enterpriseId: null } as const;
    try {
      await this.loginFailures.ensureAvailable(throttleKey);
    } catch (error) {
      await this.audit.record(anonymous, origin, {
        action: 'auth.login',
        outcome: 'denied',
        details: { reason: 'rate_limited' },
      });
      throw error;
    }
    const user = await this.users.findByUsername(username);
    // Verify against a decoy for unknown names so timing does not reveal which accounts exist.
    const passwordOk = await verifyPassword(password, user?.passwordHash ?? DECOY_PASSWORD_HASH);
    if (!user || !passwordOk || user.disabled) {
      await this.audit.record(anonymous, origin, {
        action: 'auth.login',
        outcome: 'denied',
        details: { reason: user?.disabled ? 'disabled' : 'wrong_credentials' },
      });
      await this.loginFailures.take(throttleKey).catch(() => undefined);
      throw new ApiError('unauthenticated', WRONG_CREDENTIALS);
    }
    await this.loginFailures.reset(throttleKey);
    const refreshSecret = newSecret('rt');
    const sessionId = await this.sessions.create(user.id, sha256(refreshSecret), this.refreshTtlMs, origin);
    await this.audit.record(user, origin, { action: 'auth.login', target: { type: 'session', id: sessionId } });
    return this.issue(authUserOf(user), sessionId, refreshSecret);
  }

  async refresh(refreshToken: string, origin: RequestOrigin): Promise<AuthTokens> {
    const [sessionId, secret] = splitRefreshToken(refreshToken);
    const session = sessionId ? await this.sessions.find(sessionId) : undefined;
    if (!session || !secret || session.revoked || session.expiresAtMs <= Date.now()) {
      throw new ApiError('unauthenticated', 'the refresh token is invalid, expired or revoked');
    }
    const presented = sha256(secret);
    if (!sameDigest(presented, session.refreshTokenHash)) {
      await this.revokeSession(session.id, 'refresh_token_reused');
      const user = await this.users.findById(session.userId);
      if (user) {
        await this.audit.record(user, origin, {
          action: 'auth.refresh',
          outcome: 'denied',
          target: { type: 'session', id: session.id },
          details: { reason: 'refresh token reused; session revoked' },
        });
      }
      throw new ApiError('unauthenticated', 'the refresh token was already used; sign in again');
    }
    const user = await this.users.findById(session.userId);
    if (!user || user.disabled) throw new ApiError('unauthenticated', 'the account is disabled');
    const nextSecret = newSecret('rt');
    if (!(await this.sessions.rotate(session.id, presented, sha256(nextSecret)))) {
      throw new ApiError('unauthenticated', 'the refresh token was already used; sign in again');
    }
    return this.issue(authUserOf(user), session.id, nextSecret);
  }

  async logout(principal: Principal, origin: RequestOrigin): Promise<void> {
    await this.revokeSession(principal.sessionId, 'logout');
    await this.audit.record(principal, origin, {
      action: 'auth.logout',
      target: { type: 'session', id: principal.sessionId },
    });
  }

  private async revokeSession(sessionId: string, reason: string): Promise<void> {
    await this.sessions.revoke(sessionId, reason);
    this.validity.forget(sessionId);
  }

  private async issue(user: AuthUser, sessionId: string, refreshSecret: string): Promise<AuthTokens> {
    const { token, expiresAtMs } = await this.tokens.sign({ ...user, sessionId });
    return {
      accessToken: token,
      refreshToken: `${sessionId}.${refreshSecret}`,
      accessTokenExpiresAt: new Date(expiresAtMs).toISOString(),
      user,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function splitRefreshToken(token: string): [string | undefined, string | undefined] {
  const dot = token.indexOf('.');
  const sessionId = token.slice(0, dot);
  return dot > 0 && UUID.test(sessionId) ? [sessionId, token.slice(dot + 1)] : [undefined, undefined];
}
