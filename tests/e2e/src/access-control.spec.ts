import type { AuthTokens } from '@fleet/auth-model';
import type { VehicleSummary, VehicleTrack } from '@fleet/fleet-model';
import { decodeFleetUpdate, type FleetSnapshot } from '@fleet/live-events';
import { vehicleTopic } from '@fleet/telemetry-contract';
import { decodeJwt, SignJWT } from 'jose';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  connectVehicle,
  DEV,
  login,
  removeDataDir,
  type RunningPlatform,
  signIn,
  startPlatform,
  waitFor,
} from '@fleet/platform-harness';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

const TOKEN_SECRET = 'e2e-only-token-secret-0123456789abcdef';
const FAILURES_BEFORE_LOCK = 3;
/** Routes anyone may call without a token; a new public route must be added here on purpose. */
const PUBLIC_ROUTES = [
  'GET /health',
  'GET /metrics',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/broker/authenticate',
  'POST /api/v1/broker/authorize',
];

let platform: RunningPlatform;
let regulator: ApiSession;
let operatorA: ApiSession;
let operatorB: ApiSession;
let assessor: ApiSession;
let admin: ApiSession;
/** Vehicles of enterprise A (ent-demo-01, operator-01's) and of enterprise B (ent-demo-02, operator-02's). */
let ownA: VehicleSummary[];
let ownB: VehicleSummary[];

beforeAll(async () => {
  platform = await startPlatform({
    AUTH_TOKEN_SECRET: TOKEN_SECRET,
    AUTH_LOGIN_MAX_FAILURES: String(FAILURES_BEFORE_LOCK),
    SIMULATOR_VEHICLES: '40',
  });
  // Admin signs in first: a later test locks its sign-in by guessing passwords.
  [regulator, operatorA, operatorB, assessor, admin] = await Promise.all([
    signIn(platform.httpUrl, DEV.regulator),
    signIn(platform.httpUrl, DEV.operator01),
    signIn(platform.httpUrl, DEV.operator02),
    signIn(platform.httpUrl, DEV.assessor),
    signIn(platform.httpUrl, DEV.admin),
  ]);
  const all = (await regulator.get<{ items: VehicleSummary[] }>('/api/v1/vehicles')).items;
  ownA = all.filter((v) => v.enterpriseId === 'ent-demo-01');
  ownB = all.filter((v) => v.enterpriseId === 'ent-demo-02');
  if (ownA.length < 2 || ownB.length < 2) throw new Error('the demo fleet should give both enterprises two vehicles');
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${platform.httpUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const withToken = (token: string, path = '/api/v1/vehicles') =>
  fetch(`${platform.httpUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
const trackPath = (id: string) => `/api/v1/vehicles/${id}/track?from=${new Date(Date.now() - 3_600_000).toISOString()}`;

describe('people: sign-in, tokens and sessions', () => {
  it('refuses a wrong password and an unknown user alike, and throttles guessing with 429 and Retry-After', async () => {
    const wrong = await post('/api/v1/auth/login', { username: 'assessor', password: 'nope' });
    const unknown = await post('/api/v1/auth/login', { username: 'no-such-user', password: 'nope' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());

    const statuses: number[] = [];
    for (let i = 0; i < FAILURES_BEFORE_LOCK + 1; i++) {
      statuses.push((await post('/api/v1/auth/login', { username: 'admin', password: `guess-${i}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const locked = await post('/api/v1/auth/login', DEV.admin);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('guards every route of the OpenAPI document: only the declared public ones answer without a token', async () => {
    const doc = (await (await fetch(`${platform.httpUrl}/api/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const open: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const concrete = path
          .replace('{id}', ownA[0]!.id)
          .replace('{credentialId}', '00000000-0000-4000-8000-000000000000');
        const res = await fetch(`${platform.httpUrl}${concrete}`, {
          method: method.toUpperCase(),
          headers: { 'content-type': 'application/json' },
          body: method === 'get' ? undefined : '{}',
        });
        if (res.status !== 401) open.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(open.sort()).toEqual([...PUBLIC_ROUTES].sort());
    expect(Object.keys(doc.paths).length).toBeGreaterThan(8);
  });

  it('refuses tampered, expired, foreign-key and unsigned tokens', async () => {
    const good = regulator.tokens.accessToken;
    expect((await withToken(good)).status).toBe(200);
    const claims = decodeJwt(good);
    const [header, , signature] = good.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url');
    const sign = (key: string, exp: number) =>
      new SignJWT({ ...claims, exp })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(new TextEncoder().encode(key));
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${good.split('.')[1]}.`;
    for (const token of [
      `${header}.${promoted}.${signature}`,
      await sign(TOKEN_SECRET, now - 60),
      await sign('another-key-of-enough-length-0123456789', now + 600),
      unsigned,
      'not-a-jwt',
    ]) {
      const res = await withToken(token);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
    // The control: a token signed correctly with a future expiry is accepted, so the refusals above are the token's.
    expect((await withToken(await sign(TOKEN_SECRET, now + 600))).status).toBe(200);
  });

  it('logout revokes the session at once; a refresh token works once and its reuse ends the session', async () => {
    const session = await signIn(platform.httpUrl, DEV.assessor);
    const refreshed = (await (
      await post('/api/v1/auth/refresh', { refreshToken: session.tokens.refreshToken })
    ).json()) as AuthTokens;
    expect(refreshed.refreshToken).not.toBe(session.tokens.refreshToken);
    expect((await withToken(refreshed.accessToken)).status).toBe(200);
    // Replaying the used refresh token looks like theft: refused, and the session is revoked for everyone.
    expect((await post('/api/v1/auth/refresh', { refreshToken: session.tokens.refreshToken })).status).toBe(401);
    expect((await withToken(refreshed.accessToken)).status).toBe(401);
    expect((await post('/api/v1/auth/refresh', { refreshToken: refreshed.refreshToken })).status).toBe(401);

    const other = await signIn(platform.httpUrl, DEV.assessor);
    expect((await other.fetch('/api/v1/auth/logout', { method: 'POST', body: '{}' })).status).toBe(204);
    expect((await withToken(other.tokens.accessToken)).status).toBe(401);
    expect((await post('/api/v1/auth/refresh', { refreshToken: other.tokens.refreshToken })).status).toBe(401);
  });

  it('answers hostile requests with clear 4xx errors', async () => {
    expect((await post('/api/v1/auth/login', { username: 'a', password: 'b', role: 'admin' })).status).toBe(400);
    expect((await post('/api/v1/auth/login', '{"username":')).status).toBe(400);
    expect((await post('/api/v1/auth/login', { username: 'x'.repeat(300_000), password: 'b' })).status).toBe(413);
    const badBody = await regulator.fetch(`/api/v1/vehicles/${ownA[0]!.id}/credentials`, {
      method: 'POST',
      body: JSON.stringify({ previousValidForSeconds: -1 }),
    });
    expect(badBody.status).toBe(400);
    expect(
      (await regulator.fetch('/api/v1/vehicles/RT-0001/credentials/not-a-uuid', { method: 'DELETE' })).status,
    ).toBe(400);
  });
});

describe('accounts', () => {
  it('lets an admin create an operator bound to its enterprise, disable it at once and enable it again', async () => {
    const account = { username: 'operator-e2e', password: 'e2e-password-1', displayName: '新运营', role: 'operator' };
    expect((await regulator.fetch('/api/v1/users')).status).toBe(403);
    const bad = await admin.fetch('/api/v1/users', { method: 'POST', body: JSON.stringify(account) });
    expect(bad.status).toBe(400);
    const created = await admin.post<{ id: string; enterpriseId: string }>('/api/v1/users', {
      ...account,
      enterpriseId: 'ent-demo-03',
    });
    expect(created.enterpriseId).toBe('ent-demo-03');
    const taken = await admin.fetch('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ ...account, enterpriseId: 'ent-demo-03' }),
    });
    expect(taken.status).toBe(409);

    const newcomer = await signIn(platform.httpUrl, account);
    const { items } = await newcomer.get<{ items: VehicleSummary[] }>('/api/v1/vehicles');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((v) => v.enterpriseId === 'ent-demo-03')).toBe(true);

    const disable = (disabled: boolean) =>
      admin.fetch(`/api/v1/users/${created.id}`, { method: 'PATCH', body: JSON.stringify({ disabled }) });
    expect((await disable(true)).status).toBe(204);
    expect((await newcomer.fetch('/api/v1/vehicles')).status).toBe(401);
    const credentials = { username: account.username, password: account.password };
    expect((await post('/api/v1/auth/login', credentials)).status).toBe(401);
    expect((await disable(false)).status).toBe(204);
    expect((await post('/api/v1/auth/login', credentials)).status).toBe(200);
    const users = await admin.get<{ items: { username: string }[] }>('/api/v1/users');
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/i);
  });

  it('changes one’s own password: the old one stops working and other sessions end', async () => {
    const account = { username: 'assessor-e2e', password: 'first-password-1', displayName: '评估', role: 'assessor' };
    await admin.post('/api/v1/users', account);
    const [here, elsewhere] = [await signIn(platform.httpUrl, account), await signIn(platform.httpUrl, account)];
    const change = (currentPassword: string) =>
      here.fetch('/api/v1/auth/password', {
        method: 'POST',
        body: JSON.stringify({ currentPassword, newPassword: 'second-password-2' }),
      });
    expect((await change('wrong-password')).status).toBe(400);
    expect((await change(account.password)).status).toBe(204);
    expect((await here.fetch('/api/v1/vehicles')).status).toBe(200);
    expect((await elsewhere.fetch('/api/v1/vehicles')).status).toBe(401);
    expect((await post('/api/v1/auth/login', { username: account.username, password: account.password })).status).toBe(
      401,
    );
    expect(
      (await post('/api/v1/auth/login', { username: account.username, password: 'second-password-2' })).status,
    ).toBe(200);
  });
});

describe('enterprise isolation', () => {
  it('gives an operator its own vehicles only, whether listed, searched, fetched by id or tracked', async () => {
    const listA = await operatorA.get<{ items: VehicleSummary[]; total: number }>('/api/v1/vehicles');
    expect(listA.items.map((v) => v.id).sort()).toEqual(ownA.map((v) => v.id).sort());
    expect(listA.total).toBe(ownA.length);
    const searchB = await operatorA.get<{ items: VehicleSummary[]; total: number }>(
      `/api/v1/vehicles?q=${encodeURIComponent(ownB[0]!.plate)}`,
    );
    expect(searchB).toEqual({ items: [], total: 0 });
    expect((await operatorA.get<VehicleSummary>(`/api/v1/vehicles/${ownA[0]!.id}`)).id).toBe(ownA[0]!.id);
    expect((await operatorA.get<VehicleTrack>(trackPath(ownA[0]!.id))).vehicleId).toBe(ownA[0]!.id);
    // Another enterprise's vehicle answers exactly like a vehicle that does not exist.
    for (const path of [
      `/api/v1/vehicles/${ownB[0]!.id}`,
      trackPath(ownB[0]!.id),
      `/api/v1/vehicles/${ownB[0]!.id}/credentials`,
    ]) {
      const theirs = await operatorA.fetch(path);
      const none = await operatorA.fetch(path.replace(ownB[0]!.id, 'NO-SUCH-1'));
      expect([theirs.status, none.status]).toEqual([404, 404]);
      expect(((await theirs.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    // And the same the other way round.
    const listB = await operatorB.get<{ items: VehicleSummary[] }>('/api/v1/vehicles');
    expect(listB.items.map((v) => v.id).sort()).toEqual(ownB.map((v) => v.id).sort());
    expect((await operatorB.fetch(`/api/v1/vehicles/${ownA[0]!.id}`)).status).toBe(404);
    // Regulators and assessors see every enterprise.
    for (const overseer of [regulator, assessor]) {
      const { total } = await overseer.get<{ total: number }>('/api/v1/vehicles');
      expect(total).toBeGreaterThan(ownA.length + ownB.length - 1);
    }
  });

  it('answers 404 or 403 to an operator for every vehicle route called with another enterprise’s vehicle', async () => {
    const doc = (await (await fetch(`${platform.httpUrl}/api/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const tried: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/vehicles/{id}')) continue;
      for (const method of Object.keys(methods)) {
        const concrete = path
          .replace('{id}', ownB[0]!.id)
          .replace('{credentialId}', '00000000-0000-4000-8000-000000000000');
        const res = await operatorA.fetch(concrete, {
          method: method.toUpperCase(),
          body: method === 'get' || method === 'delete' ? undefined : '{}',
        });
        tried.push(`${method.toUpperCase()} ${path} → ${res.status}`);
        expect([403, 404], `${method.toUpperCase()} ${path}`).toContain(res.status);
      }
    }
    expect(tried.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps operators and assessors out of what they may not do', async () => {
    expect((await operatorA.fetch('/api/v1/dead-letters')).status).toBe(403);
    expect((await operatorA.fetch('/api/v1/audit')).status).toBe(403);
    expect((await assessor.fetch('/api/v1/audit')).status).toBe(403);
    const issue = (session: ApiSession, id: string) =>
      session.fetch(`/api/v1/vehicles/${id}/credentials`, { method: 'POST', body: '{}' });
    expect((await issue(assessor, ownA[0]!.id)).status).toBe(403);
    expect((await issue(operatorA, ownB[0]!.id)).status).toBe(404);
    expect((await operatorA.fetch(`/api/v1/vehicles/${ownB[0]!.id}/credentials`, { method: 'DELETE' })).status).toBe(
      404,
    );
    // B's credentials were untouched: its vehicle still connects with its secret.
    const b = await connectVehicle(platform.mqttUrl, ownB[0]!.id);
    await b.endAsync();
  });

  it('streams each operator its own vehicles only, and refuses sockets without a valid token', async () => {
    const refused = await new Promise<string>((resolve) => {
      const socket = io(`${platform.httpUrl}/live`, {
        transports: ['websocket'],
        forceNew: true,
        auth: { token: 'x' },
      });
      socket.once('connect_error', (error) => {
        socket.close();
        resolve(error.message);
      });
    });
    expect(refused).toBe('unauthenticated');

    const watch = async (session: ApiSession) => {
      const socket: Socket = io(`${platform.httpUrl}/live`, {
        transports: ['websocket'],
        forceNew: true,
        auth: { token: session.tokens.accessToken },
      });
      const snapshot = await new Promise<FleetSnapshot>((resolve) => socket.once('fleet:snapshot', resolve));
      const seenSlots = new Set<number>();
      socket.on('fleet:update', (buffer: Uint8Array) => {
        for (const slot of decodeFleetUpdate(buffer).slot) seenSlots.add(slot);
      });
      return { socket, snapshot, seenSlots };
    };
    const [a, reg] = await Promise.all([watch(operatorA), watch(regulator)]);
    try {
      expect(new Set(a.snapshot.vehicles.map((v) => v.enterpriseId))).toEqual(new Set(['ent-demo-01']));
      const resynced = new Promise<FleetSnapshot>((resolve) => a.socket.once('fleet:snapshot', resolve));
      a.socket.emit('fleet:resync');
      expect((await resynced).vehicles.map((v) => v.id).sort()).toEqual(ownA.map((v) => v.id).sort());
      const slot = (id: string) => reg.snapshot.vehicles.find((v) => v.id === id)!.slot;
      const [mine, theirs] = [ownA[1]!, ownB[1]!];
      for (const v of [theirs, mine]) {
        const terminal = await connectVehicle(platform.mqttUrl, v.id);
        await terminal.publishAsync(vehicleTopic(v.id, 'telemetry'), telemetryFrame(v.id, 1, [sampleAt(Date.now())]), {
          qos: 1,
        });
        await terminal.endAsync();
      }
      await waitFor(() => reg.seenSlots.has(slot(mine.id)) && reg.seenSlots.has(slot(theirs.id)), 10_000);
      await waitFor(() => a.seenSlots.has(slot(mine.id)), 10_000);
      expect(a.seenSlots.has(slot(theirs.id))).toBe(false);
      expect([...a.seenSlots].every((s) => a.snapshot.vehicles.some((v) => v.slot === s))).toBe(true);
    } finally {
      a.socket.close();
      reg.socket.close();
    }
  });
});

describe('vehicles: MQTT credentials and the broker', () => {
  it('issues a secret once, rotates it (with an optional grace period) and revokes it, disconnecting the terminal', async () => {
    const id = ownA[0]!.id;
    const path = `/api/v1/vehicles/${id}/credentials`;
    const graced = await operatorA.post<{ mqttUsername: string; mqttPassword: string }>(path, {});
    expect(graced.mqttUsername).toBe(id);
    expect(graced.mqttPassword).toMatch(/^vsk_[A-Za-z0-9_-]{43}$/);
    // The demo secret was replaced (no grace): it no longer works, the new one does.
    await expect(connectVehicle(platform.mqttUrl, id)).rejects.toThrow(/bad username or password/i);
    const listed = await operatorA.get<{ items: { active: boolean }[] }>(path);
    expect(JSON.stringify(listed)).not.toContain(graced.mqttPassword);
    expect(listed.items.filter((c) => c.active)).toHaveLength(1);

    const next = await operatorA.post<{ mqttPassword: string; previousValidUntil: string }>(path, {
      previousValidForSeconds: 600,
    });
    expect(Date.parse(next.previousValidUntil)).toBeGreaterThan(Date.now());
    const old = await connectVehicle(platform.mqttUrl, id, graced.mqttPassword, { clientId: `${id}:old` });
    const terminal = await connectVehicle(platform.mqttUrl, id, next.mqttPassword);
    const closed = Promise.all([old, terminal].map((c) => new Promise<void>((r) => c.once('close', () => r()))));

    expect((await operatorA.fetch(path, { method: 'DELETE' })).status).toBe(200);
    await closed;
    await Promise.all([old.endAsync(true), terminal.endAsync(true)]);
    await expect(connectVehicle(platform.mqttUrl, id, next.mqttPassword)).rejects.toThrow(/bad username or password/i);
  });

  it('refuses a vehicle publishing under another vehicle’s topic, counts it, and stores nothing', async () => {
    const [impostor, victim] = [ownA[1]!, ownB[0]!];
    const terminal = await connectVehicle(platform.mqttUrl, impostor.id);
    const closed = new Promise<void>((resolve) => terminal.once('close', () => resolve()));
    const t = Date.now();
    terminal.publish(vehicleTopic(victim.id, 'telemetry'), telemetryFrame(victim.id, 7, [sampleAt(t)]), { qos: 1 });
    await closed;
    terminal.end(true);
    const metrics = await (await fetch(`${platform.httpUrl}/metrics`)).text();
    expect(
      Number(/^mqtt_broker_refused_total\{reason="not_own_topic"[^}]*\} (\d+)/m.exec(metrics)?.[1]),
    ).toBeGreaterThan(0);
    const track = await regulator.get<VehicleTrack>(
      `/api/v1/vehicles/${victim.id}/track?from=${new Date(t - 1_000).toISOString()}&to=${new Date(t + 1_000).toISOString()}`,
    );
    expect(track.points).toEqual([]);
  });

  it('answers an external broker’s HTTP auth hooks with the same rules (EMQX format)', async () => {
    const id = ownB[1]!.id;
    const authn = async (password: string) =>
      (
        (await (await post('/api/v1/broker/authenticate', { username: id, password, clientid: id })).json()) as {
          result: string;
        }
      ).result;
    expect(await authn(`demo-only-${id}`)).toBe('allow');
    expect(await authn('wrong')).toBe('deny');
    const authz = async (topic: string, action: string) =>
      (
        (await (await post('/api/v1/broker/authorize', { username: id, clientid: id, topic, action })).json()) as {
          result: string;
        }
      ).result;
    expect(await authz(vehicleTopic(id, 'telemetry'), 'publish')).toBe('allow');
    expect(await authz(vehicleTopic(ownB[0]!.id, 'telemetry'), 'publish')).toBe('deny');
    expect(await authz(`fleet/v1/${id}/cmd`, 'subscribe')).toBe('allow');
    expect(await authz('fleet/v1/+/telemetry', 'subscribe')).toBe('deny');
  });
});

describe('audit log', () => {
  it('records sign-ins, refusals and credential changes with who, when and from where; regulators read it', async () => {
    const { items } = await regulator.get<{
      items: { action: string; outcome: string; actorId: string; ip: string | null; at: string; targetId: string }[];
    }>('/api/v1/audit?limit=1000');
    const has = (action: string, outcome: string, actorId?: string) =>
      items.some(
        (e) => e.action === action && e.outcome === outcome && (actorId === undefined || e.actorId === actorId),
      );
    expect(has('auth.login', 'success')).toBe(true);
    expect(has('auth.login', 'denied', 'admin')).toBe(true);
    expect(has('auth.logout', 'success')).toBe(true);
    expect(has('auth.refresh', 'denied')).toBe(true);
    expect(has('vehicle_credentials.issue', 'success')).toBe(true);
    expect(has('vehicle_credentials.revoke', 'success')).toBe(true);
    expect(items.every((e) => e.ip !== null && !Number.isNaN(Date.parse(e.at)))).toBe(true);
    // Newest first, filterable.
    const logins = await regulator.get<{ items: { action: string }[] }>('/api/v1/audit?action=auth.login&limit=5');
    expect(logins.items.length).toBe(5);
    expect(logins.items.every((e) => e.action === 'auth.login')).toBe(true);
    const tokens = await login(platform.httpUrl, DEV.regulator);
    expect(tokens.user).toMatchObject({ username: 'regulator', role: 'regulator', enterpriseId: null });
  });
});
