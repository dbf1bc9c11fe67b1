import { AuthEndpoints, type IssuedTokens } from './auth-endpoints.js';
import { AuthError, isAuthError } from './auth-error.js';
import type { AuthState, SignedOutReason } from './auth-state.js';
import { REFRESH_LEAD_MS, refreshDelayMs } from './refresh-delay.js';
import { sessionRefreshTokenStore, type RefreshTokenStore } from './refresh-token-store.js';

export type AuthSessionOptions = {
  /** API origin; empty for the page's own origin. */
  baseUrl?: string;
  /** The network; injectable for tests. */
  fetchFn?: typeof fetch;
  refreshTokenStore?: RefreshTokenStore;
  /** Refresh this long before the access token expires. */
  refreshLeadMs?: number;
  /** After a scheduled refresh failed for a network reason, try again after this long. */
  retryFailedRefreshMs?: number;
};

type AccessToken = { token: string; expiresAtMs: number };
type Listener = () => void;

/** A token this close to expiry is refreshed before use rather than sent to be refused. */
const EXPIRY_MARGIN_MS = 5_000;
const MIN_REFRESH_DELAY_MS = 5_000;

/**
 * The signed-in user's tokens and everything that keeps them fresh. The access token lives in memory only;
 * the rotating refresh token in a RefreshTokenStore (sessionStorage by default, see there why).
 *
 * Refreshing is single-flight: concurrent callers share one refresh, and a caller whose token was refused
 * after someone else already refreshed just gets the newer token. That matters because refresh tokens are
 * single-use: two parallel refreshes with the same token would make the server refuse the second one.
 */
export class AuthSession {
  private readonly fetchFn: typeof fetch;
  private readonly endpoints: AuthEndpoints;
  private readonly store: RefreshTokenStore;
  private readonly refreshLeadMs: number;
  private readonly retryFailedRefreshMs: number;
  private access: AccessToken | null = null;
  private state: AuthState;
  private refreshing: Promise<string | undefined> | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on login and sign-out, so the answer of a refresh started before either is discarded. */
  private generation = 0;
  private readonly listeners = new Set<Listener>();

  constructor(options: AuthSessionOptions = {}) {
    this.fetchFn = options.fetchFn ?? ((...args) => fetch(...args));
    this.endpoints = new AuthEndpoints(options.baseUrl ?? '', this.fetchFn);
    this.store = options.refreshTokenStore ?? sessionRefreshTokenStore();
    this.refreshLeadMs = options.refreshLeadMs ?? REFRESH_LEAD_MS;
    this.retryFailedRefreshMs = options.retryFailedRefreshMs ?? 15_000;
    // With a stored refresh token the first render waits for `restore()` instead of flashing the login page.
    this.state = this.store.read() ? { status: 'restoring' } : { status: 'signed-out', reason: 'initial' };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AuthState => this.state;

  /** Resumes the session of this tab after a reload, from the stored refresh token. */
  async restore(): Promise<void> {
    if (!this.store.read()) {
      if (this.state.status === 'restoring') this.setState({ status: 'signed-out', reason: 'initial' });
      return;
    }
    try {
      await this.refresh();
    } catch (error) {
      // The server is down or answered nonsense: show the login page, keep the token for the next reload.
      console.warn('[console] could not resume the session', error);
      if (this.state.status === 'restoring') this.setState({ status: 'signed-out', reason: 'unavailable' });
    }
  }

  /** Signs in; throws AuthError ('unauthenticated', 'rate_limited' with Retry-After, 'unavailable'). */
  async login(username: string, password: string): Promise<void> {
    const generation = ++this.generation;
    const issued = await this.endpoints.login({ username, password });
    if (generation === this.generation) this.accept(issued);
  }

  /** Signs out in this tab, then asks the server to revoke the refresh token (best effort). */
  async logout(): Promise<void> {
    // A refresh in flight rotates the refresh token: wait for it, so the token revoked is the newest one.
    if (this.refreshing) await this.refreshing.catch(() => undefined);
    const accessToken = this.access?.token;
    const refreshToken = this.store.read();
    this.signOut('logged-out');
    if (!refreshToken) return;
    try {
      await this.revoke(accessToken, refreshToken);
    } catch (error) {
      // Locally the session is gone either way; the server forgets the token when it expires.
      console.warn('[console] logout was not confirmed by the server', error);
    }
  }

  /**
   * A usable access token: the current one, or a refreshed one when it is (about to be) expired.
   * Undefined when signed out. Throws AuthError('unavailable') when a needed refresh could not reach the server.
   */
  async accessToken(): Promise<string | undefined> {
    if (this.access && Date.now() < this.access.expiresAtMs - EXPIRY_MARGIN_MS) return this.access.token;
    if (!this.store.read()) return undefined;
    return this.refresh();
  }

  /**
   * A token newer than `rejected`, which the server refused: the current token if someone already refreshed
   * since, else the result of a (shared) refresh. Undefined when the session is over.
   */
  async renewAccessToken(rejected: string | undefined): Promise<string | undefined> {
    if (this.refreshing) return this.refreshing;
    const current = this.access;
    if (current && current.token !== rejected && Date.now() < current.expiresAtMs - EXPIRY_MARGIN_MS)
      return current.token;
    return this.refresh();
  }

  /**
   * `fetch` with `Authorization: Bearer`; on 401 refreshes once and retries once. Throws AuthError('signed_out')
   * when there is no session or the refresh was refused (the session then signs out, the app shows the login).
   * Bodies must be re-sendable (strings, not streams).
   */
  readonly authorizedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const token = await this.accessToken();
    if (!token) throw new AuthError('signed_out', 'not signed in');
    const retryInput = input instanceof Request ? input.clone() : input;
    const first = await this.fetchWithToken(input, init, token);
    if (first.status !== 401) return first;
    const renewed = await this.renewAccessToken(token);
    if (!renewed) throw new AuthError('signed_out', 'the session has ended');
    return this.fetchWithToken(retryInput, init, renewed);
  };

  /** Stops the scheduled refresh (tests, teardown). */
  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.listeners.clear();
  }

  /** Logout needs a valid access token: one refused as expired is renewed once with the token being revoked. */
  private async revoke(accessToken: string | undefined, refreshToken: string): Promise<void> {
    try {
      await this.endpoints.logout(accessToken, { refreshToken });
    } catch (error) {
      if (!isAuthError(error, 'unauthenticated')) throw error;
      const { tokens } = await this.endpoints.refresh({ refreshToken });
      await this.endpoints.logout(tokens.accessToken, { refreshToken: tokens.refreshToken });
    }
  }

  private fetchWithToken(input: RequestInfo | URL, init: RequestInit | undefined, token: string): Promise<Response> {
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set('authorization', `Bearer ${token}`);
    return this.fetchFn(input, { ...init, headers });
  }

  private refresh(): Promise<string | undefined> {
    this.refreshing ??= this.runRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async runRefresh(): Promise<string | undefined> {
    const generation = this.generation;
    const refreshToken = this.store.read();
    if (!refreshToken) {
      // The stored token vanished (cleared by hand in the developer tools): nothing can renew this session.
      if (this.state.status !== 'signed-out') this.signOut('session-expired');
      return undefined;
    }
    let issued: IssuedTokens;
    try {
      issued = await this.endpoints.refresh({ refreshToken });
    } catch (error) {
      if (generation !== this.generation) return undefined;
      if (isAuthError(error, 'unauthenticated')) {
        this.signOut('session-expired');
        return undefined;
      }
      throw error;
    }
    // Logged out or in as someone else meanwhile: these tokens belong to a session that is over.
    if (generation !== this.generation) return this.access?.token;
    this.accept(issued);
    return issued.tokens.accessToken;
  }

  private accept({ tokens, accessExpiresAtMs }: IssuedTokens): void {
    this.access = { token: tokens.accessToken, expiresAtMs: accessExpiresAtMs };
    this.store.write(tokens.refreshToken);
    // The floor keeps a token that is somehow already expired on arrival from turning into a refresh loop.
    const delay = refreshDelayMs(accessExpiresAtMs - Date.now(), this.refreshLeadMs);
    this.scheduleRefresh(Math.max(MIN_REFRESH_DELAY_MS, delay));
    this.setState({ status: 'signed-in', user: tokens.user });
  }

  private scheduleRefresh(delayMs: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refresh().catch((error: unknown) => {
        // Network trouble: the token still works for a while, so try again; requests refresh on demand anyway.
        console.warn('[console] scheduled token refresh failed', error);
        if (this.state.status === 'signed-in') this.scheduleRefresh(this.retryFailedRefreshMs);
      });
    }, delayMs);
  }

  private signOut(reason: SignedOutReason): void {
    this.generation++;
    clearTimeout(this.refreshTimer);
    this.access = null;
    this.store.clear();
    this.setState({ status: 'signed-out', reason });
  }

  private setState(state: AuthState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}
