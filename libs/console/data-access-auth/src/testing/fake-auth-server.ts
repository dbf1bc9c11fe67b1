import type { AuthTokens, AuthUser } from '@fleet/auth-model';

type Account = { password: string; user: AuthUser };
type RecordedRequest = { method: string; path: string; authorization: string | null; body: unknown };

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const error = (status: number, code: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code, message: code } }, headers);

/**
 * A hand-written stand-in for the auth and vehicle endpoints, reached through `fetch`. Issues numbered tokens,
 * rotates refresh tokens like the real server, and lets a test revoke tokens, rate-limit logins or hold refresh
 * answers back to line up concurrent calls.
 */
export class FakeAuthServer {
  readonly requests: RecordedRequest[] = [];
  accessLifetimeMs = 15 * 60_000;
  /** How far the server's clock is from this machine's (ms); it sends its now in the `Date` header. */
  clockOffsetMs = 0;
  /** When set, login answers 429 with this Retry-After (seconds). */
  rateLimitSeconds: number | null = null;
  private readonly accounts = new Map<string, Account>();
  private readonly validAccess = new Set<string>();
  private readonly validRefresh = new Map<string, AuthUser>();
  private issued = 0;
  private heldRefreshes: (() => void)[] | null = null;

  addAccount(user: AuthUser, password: string): this {
    this.accounts.set(user.username, { password, user });
    return this;
  }

  /** Like the access tokens expiring or being revoked server-side. */
  revokeAccessTokens(): void {
    this.validAccess.clear();
  }

  revokeRefreshTokens(): void {
    this.validRefresh.clear();
  }

  isRefreshTokenValid(token: string): boolean {
    return this.validRefresh.has(token);
  }

  /** Refresh answers wait until `releaseRefreshes()`. */
  holdRefreshes(): void {
    this.heldRefreshes ??= [];
  }

  releaseRefreshes(): void {
    const held = this.heldRefreshes ?? [];
    this.heldRefreshes = null;
    for (const release of held) release();
  }

  count(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://x');
    const method = init?.method ?? 'GET';
    const authorization = new Headers(init?.headers).get('authorization');
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    this.requests.push({ method, path: url.pathname, authorization, body });
    await Promise.resolve();
    switch (`${method} ${url.pathname}`) {
      case 'POST /api/v1/auth/login':
        return this.login(body);
      case 'POST /api/v1/auth/refresh':
        if (this.heldRefreshes) await new Promise<void>((r) => this.heldRefreshes?.push(r));
        return this.refresh(body);
      case 'POST /api/v1/auth/logout':
        if (!this.authorized(authorization)) return error(401, 'unauthenticated');
        this.validRefresh.delete(field(body, 'refreshToken'));
        return new Response(null, { status: 204 });
      case 'GET /api/v1/admin-only':
        if (!this.authorized(authorization)) return error(401, 'unauthenticated');
        return error(403, 'forbidden');
      default:
        if (!this.authorized(authorization)) return error(401, 'unauthenticated');
        return json(200, { items: [], total: 0 });
    }
  };

  private login(body: unknown): Response {
    if (this.rateLimitSeconds !== null)
      return error(429, 'rate_limited', { 'retry-after': String(this.rateLimitSeconds) });
    const account = this.accounts.get(field(body, 'username'));
    if (!account || account.password !== field(body, 'password')) return error(401, 'unauthenticated');
    return this.tokens(account.user);
  }

  private refresh(body: unknown): Response {
    const token = field(body, 'refreshToken');
    const user = this.validRefresh.get(token);
    if (!user) return error(401, 'unauthenticated');
    this.validRefresh.delete(token);
    return this.tokens(user);
  }

  private tokens(user: AuthUser): Response {
    const n = ++this.issued;
    const serverNowMs = Date.now() + this.clockOffsetMs;
    const tokens: AuthTokens = {
      accessToken: `access-${n}`,
      refreshToken: `refresh-${n}`,
      accessTokenExpiresAt: new Date(serverNowMs + this.accessLifetimeMs).toISOString(),
      user,
    };
    this.validAccess.add(tokens.accessToken);
    this.validRefresh.set(tokens.refreshToken, user);
    return json(200, tokens, { date: new Date(serverNowMs).toUTCString() });
  }

  private authorized(header: string | null): boolean {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    return token !== undefined && this.validAccess.has(token);
  }
}

function field(body: unknown, name: string): string {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}
