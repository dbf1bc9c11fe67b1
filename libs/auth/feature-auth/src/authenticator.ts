import type { AccessTokenService } from './access-token.service.js';
import type { Principal } from './principal.js';
import type { SessionValidity } from './session-validity.js';

/** Turns a bearer token into a principal: a valid signature, not expired, and a session nobody revoked. */
export class Authenticator {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionValidity,
  ) {}

  async authenticate(token: string | undefined): Promise<Principal | undefined> {
    if (!token) return undefined;
    const principal = await this.tokens.verify(token);
    if (!principal) return undefined;
    return (await this.stillValid(principal)) ? principal : undefined;
  }

  /** For long-lived connections: the token has not expired and nobody revoked its session since. */
  async stillValid(principal: Principal): Promise<boolean> {
    return principal.tokenExpiresAtMs > Date.now() && (await this.sessions.check(principal.sessionId));
  }
}

/** The token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header ?? '');
  return match?.[1];
}
