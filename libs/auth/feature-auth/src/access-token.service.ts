import { isRole } from '@fleet/auth-model';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Principal } from './principal.js';

const ISSUER = 'fleet-platform';
const AUDIENCE = 'fleet-api';

/**
 * Short-lived access tokens: HS256 JWTs (jose) naming the account, its role, its enterprise and the session.
 * Revocation is by session (checked on every use, cached briefly), so logout takes effect before expiry.
 */
export class AccessTokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlMs: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  get lifetimeMs(): number {
    return this.ttlMs;
  }

  async sign(
    principal: Omit<Principal, 'tokenExpiresAtMs'>,
    nowMs = Date.now(),
  ): Promise<{ token: string; expiresAtMs: number }> {
    const expiresAtMs = nowMs + this.ttlMs;
    const token = await new SignJWT({
      role: principal.role,
      ent: principal.enterpriseId,
      sid: principal.sessionId,
      usr: principal.username,
      name: principal.displayName,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(principal.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(nowMs / 1000))
      .setExpirationTime(Math.floor(expiresAtMs / 1000))
      .sign(this.key);
    return { token, expiresAtMs: Math.floor(expiresAtMs / 1000) * 1000 };
  }

  /** The principal of a valid token; undefined for an expired, tampered, foreign or malformed one. */
  async verify(token: string): Promise<Principal | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['sub', 'exp', 'sid', 'role'],
      });
      const { sub, exp, sid, role, ent, usr, name } = payload;
      if (typeof sub !== 'string' || typeof sid !== 'string' || typeof exp !== 'number' || !isRole(role))
        return undefined;
      return {
        id: sub,
        sessionId: sid,
        role,
        enterpriseId: typeof ent === 'string' ? ent : null,
        username: typeof usr === 'string' ? usr : '',
        displayName: typeof name === 'string' ? name : '',
        tokenExpiresAtMs: exp * 1000,
      };
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }
}
