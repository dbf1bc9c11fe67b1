import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuthUser } from '@fleet/auth-model';
import { AuthError } from './auth-error.js';
import { AuthSession } from './auth-session.js';
import { memoryRefreshTokenStore, type RefreshTokenStore } from './refresh-token-store.js';
import { FakeAuthServer } from './testing/fake-auth-server.js';

const REGULATOR: AuthUser = {
  id: 'u-1',
  username: 'regulator',
  displayName: '监管员甲',
  role: 'regulator',
  enterpriseId: null,
};
const VEHICLES = '/api/v1/vehicles';

let server: FakeAuthServer;
let store: RefreshTokenStore;
let session: AuthSession;

const newSession = () => new AuthSession({ fetchFn: server.fetch, refreshTokenStore: store });

async function signedIn(): Promise<AuthSession> {
  await session.login('regulator', 'secret');
  return session;
}

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AuthError)) throw new Error(`expected an AuthError, got ${String(error)}`);
  return error;
}

beforeEach(() => {
  server = new FakeAuthServer().addAccount(REGULATOR, 'secret');
  store = memoryRefreshTokenStore();
  session = newSession();
});

afterEach(() => {
  session.dispose();
  vi.useRealTimers();
});

describe(AuthSession.name, () => {
  it('starts signed out when no refresh token is stored', () => {
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'initial' });
  });

  it('stores the tokens on login and sends the access token as Bearer', async () => {
    const changes: string[] = [];
    session.subscribe(() => changes.push(session.getSnapshot().status));
    await signedIn();
    expect(session.getSnapshot()).toEqual({ status: 'signed-in', user: REGULATOR });
    expect(changes).toEqual(['signed-in']);
    expect(store.read()).toBe('refresh-1');
    const res = await session.authorizedFetch(VEHICLES);
    expect(res.status).toBe(200);
    expect(server.requests.at(-1)?.authorization).toBe('Bearer access-1');
  });

  it('keeps headers the caller set', async () => {
    await signedIn();
    await session.authorizedFetch(VEHICLES, { headers: { accept: 'application/json' } });
    expect(server.requests.at(-1)?.authorization).toBe('Bearer access-1');
  });

  it('reports wrong credentials as unauthenticated and stays signed out', async () => {
    const error = await rejection(session.login('regulator', 'wrong'));
    expect(error.reason).toBe('unauthenticated');
    expect(session.getSnapshot().status).toBe('signed-out');
    expect(store.read()).toBeNull();
  });

  it('surfaces Retry-After when login is rate-limited', async () => {
    server.rateLimitSeconds = 42;
    const error = await rejection(session.login('regulator', 'secret'));
    expect(error.reason).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(42);
    expect(session.getSnapshot().status).toBe('signed-out');
  });

  it('reports an unreachable server as unavailable', async () => {
    const offline = new AuthSession({
      fetchFn: () => Promise.reject(new TypeError('Failed to fetch')),
      refreshTokenStore: store,
    });
    expect((await rejection(offline.login('regulator', 'secret'))).reason).toBe('unavailable');
  });

  it('on 401 refreshes once, stores the rotated refresh token and retries with the new access token', async () => {
    await signedIn();
    server.revokeAccessTokens();
    const res = await session.authorizedFetch(VEHICLES);
    expect(res.status).toBe(200);
    expect(server.count('/api/v1/auth/refresh')).toBe(1);
    expect(server.requests.map((r) => `${r.path} ${r.authorization ?? ''}`).slice(-3)).toEqual([
      `${VEHICLES} Bearer access-1`,
      '/api/v1/auth/refresh ',
      `${VEHICLES} Bearer access-2`,
    ]);
    expect(store.read()).toBe('refresh-2');
    expect(server.isRefreshTokenValid('refresh-1')).toBe(false);
  });

  it('hands a 403 (role not allowed) back to the caller without refreshing or signing out', async () => {
    await signedIn();
    const res = await session.authorizedFetch('/api/v1/admin-only');
    expect(res.status).toBe(403);
    expect(server.count('/api/v1/auth/refresh')).toBe(0);
    expect(session.getSnapshot().status).toBe('signed-in');
  });

  it('shares one refresh among concurrent calls refused with the same token', async () => {
    await signedIn();
    server.revokeAccessTokens();
    server.holdRefreshes();
    const calls = [1, 2, 3].map(() => session.authorizedFetch(VEHICLES));
    await vi.waitFor(() => expect(server.count('/api/v1/auth/refresh')).toBe(1));
    server.releaseRefreshes();
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses).toEqual([200, 200, 200]);
    expect(server.count('/api/v1/auth/refresh')).toBe(1);
  });

  it('does not refresh again for a 401 that arrives after another caller already refreshed', async () => {
    await signedIn();
    server.revokeAccessTokens();
    await session.authorizedFetch(VEHICLES);
    expect(await session.renewAccessToken('access-1')).toBe('access-2');
    expect(server.count('/api/v1/auth/refresh')).toBe(1);
  });

  it('signs out when the refresh is refused', async () => {
    await signedIn();
    server.revokeAccessTokens();
    server.revokeRefreshTokens();
    const error = await rejection(session.authorizedFetch(VEHICLES));
    expect(error.reason).toBe('signed_out');
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'session-expired' });
    expect(store.read()).toBeNull();
    expect((await rejection(session.authorizedFetch(VEHICLES))).reason).toBe('signed_out');
  });

  it('keeps the session when a refresh fails for a network reason', async () => {
    let online = true;
    const flaky = new AuthSession({
      fetchFn: (input, init) => (online ? server.fetch(input, init) : Promise.reject(new TypeError('offline'))),
      refreshTokenStore: store,
    });
    await flaky.login('regulator', 'secret');
    online = false;
    expect((await rejection(flaky.renewAccessToken('access-1'))).reason).toBe('unavailable');
    expect(flaky.getSnapshot().status).toBe('signed-in');
    expect(store.read()).toBe('refresh-1');
    flaky.dispose();
  });

  it('logs out: calls the endpoint with both tokens, clears storage and revokes the refresh token', async () => {
    await signedIn();
    await session.logout();
    const call = server.requests.at(-1);
    expect(call).toMatchObject({
      method: 'POST',
      path: '/api/v1/auth/logout',
      authorization: 'Bearer access-1',
      body: { refreshToken: 'refresh-1' },
    });
    expect(store.read()).toBeNull();
    expect(server.isRefreshTokenValid('refresh-1')).toBe(false);
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'logged-out' });
  });

  it('signs out locally even when the server does not confirm the logout', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let online = true;
    const flaky = new AuthSession({
      fetchFn: (input, init) => (online ? server.fetch(input, init) : Promise.reject(new TypeError('offline'))),
      refreshTokenStore: store,
    });
    await flaky.login('regulator', 'secret');
    online = false;
    await flaky.logout();
    expect(flaky.getSnapshot()).toEqual({ status: 'signed-out', reason: 'logged-out' });
    expect(store.read()).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('still revokes the refresh token when the access token was already refused', async () => {
    await signedIn();
    server.revokeAccessTokens();
    await session.logout();
    expect(store.read()).toBeNull();
    expect(server.isRefreshTokenValid('refresh-1')).toBe(false);
    expect(server.isRefreshTokenValid('refresh-2')).toBe(false);
  });

  it('waits for a refresh in flight at logout, revokes the rotated token and stays signed out', async () => {
    await signedIn();
    server.revokeAccessTokens();
    server.holdRefreshes();
    const renewal = session.renewAccessToken('access-1');
    await vi.waitFor(() => expect(server.count('/api/v1/auth/refresh')).toBe(1));
    const logout = session.logout();
    server.releaseRefreshes();
    await Promise.all([renewal, logout]);
    expect(session.getSnapshot()).toEqual({ status: 'signed-out', reason: 'logged-out' });
    expect(store.read()).toBeNull();
    expect(server.isRefreshTokenValid('refresh-2')).toBe(false);
  });

  it('ignores the answer of a refresh that was in flight when someone else signed in', async () => {
    await signedIn();
    server.addAccount({ ...REGULATOR, id: 'u-2', username: 'other', displayName: '乙' }, 'pw');
    server.revokeAccessTokens();
    server.holdRefreshes();
    const renewal = session.renewAccessToken('access-1');
    await vi.waitFor(() => expect(server.count('/api/v1/auth/refresh')).toBe(1));
    await session.login('other', 'pw');
    server.releaseRefreshes();
    await renewal;
    expect(session.getSnapshot()).toMatchObject({ status: 'signed-in', user: { username: 'other' } });
    expect(store.read()).toBe('refresh-2');
  });

  it('resumes the tab session after a reload from the stored refresh token', async () => {
    await signedIn();
    const reloaded = newSession();
    expect(reloaded.getSnapshot()).toEqual({ status: 'restoring' });
    await reloaded.restore();
    expect(reloaded.getSnapshot()).toEqual({ status: 'signed-in', user: REGULATOR });
    expect(store.read()).toBe('refresh-2');
    expect(await reloaded.accessToken()).toBe('access-2');
    reloaded.dispose();
  });

  it('shows the login page when the stored refresh token is no longer valid', async () => {
    await signedIn();
    server.revokeRefreshTokens();
    const reloaded = newSession();
    await reloaded.restore();
    expect(reloaded.getSnapshot()).toEqual({ status: 'signed-out', reason: 'session-expired' });
  });

  it('refreshes about a minute before the access token expires', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(Date.parse('2025-05-01T08:00:00Z'));
    await signedIn();
    // Lifetime 15 min, less a second for the Date header's resolution, less the minute's lead.
    await vi.advanceTimersByTimeAsync(14 * 60_000 - 1_001);
    expect(server.count('/api/v1/auth/refresh')).toBe(0);
    await vi.advanceTimersByTimeAsync(2);
    expect(server.count('/api/v1/auth/refresh')).toBe(1);
    expect(await session.accessToken()).toBe('access-2');
    await vi.advanceTimersByTimeAsync(14 * 60_000);
    expect(server.count('/api/v1/auth/refresh')).toBe(2);
  });

  it('keeps the meant token lifetime when this machine’s clock is an hour ahead of the server', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(Date.parse('2025-05-01T08:00:00Z'));
    server.clockOffsetMs = -60 * 60_000;
    await signedIn();
    await session.authorizedFetch(VEHICLES);
    expect(server.requests.at(-1)?.authorization).toBe('Bearer access-1');
    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(server.count('/api/v1/auth/refresh')).toBe(0);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(server.count('/api/v1/auth/refresh')).toBe(1);
  });

  it('refreshes before use a token that has already expired (timers throttled in a background tab)', async () => {
    server.accessLifetimeMs = 1_000;
    vi.useFakeTimers({ toFake: ['Date'] });
    await signedIn();
    vi.setSystemTime(Date.now() + 2_000);
    await session.authorizedFetch(VEHICLES);
    expect(server.requests.at(-1)?.authorization).toBe('Bearer access-2');
    expect(server.count(VEHICLES)).toBe(1);
  });
});
