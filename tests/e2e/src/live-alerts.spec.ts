import type { AlertView } from '@fleet/alerts-model';
import { demoFleet } from '@fleet/demo-fleet';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import { vehicleTopic } from '@fleet/telemetry-contract';
import type { MqttClient } from 'mqtt';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  connectVehicle,
  DEV,
  removeDataDir,
  type RunningPlatform,
  signIn,
  startPlatform,
  waitFor,
} from '@fleet/platform-harness';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

const FLEET = demoFleet(60);
/** The enterprise of the robotaxi the first test drives, and its development operator account (operator-0N). */
const WATCHED_ENTERPRISE = FLEET.find((v) => v.category === 'robotaxi')!.enterpriseId;
const WATCHING_OPERATOR = { username: `operator-${WATCHED_ENTERPRISE.slice(-2)}`, password: DEV.operator01.password };
let platform: RunningPlatform;
let regulator: ApiSession;
let socket: Socket;
let operatorSocket: Socket;
/** Every alert:changed event the regulator's console received, with the time it arrived. */
const pushed: { alert: AlertView; atMs: number }[] = [];
/** What that enterprise's operator's console received: its own enterprise's alerts only. */
const pushedToOperator: AlertView[] = [];

beforeAll(async () => {
  platform = await startPlatform({ SIMULATOR_VEHICLES: String(FLEET.length) });
  regulator = await signIn(platform.httpUrl, DEV.regulator);
  socket = io(`${platform.httpUrl}/live`, {
    transports: ['websocket'],
    forceNew: true,
    auth: { token: regulator.tokens.accessToken },
  });
  socket.on('alert:changed', (alert: AlertView) => pushed.push({ alert, atMs: Date.now() }));
  const regulatorReady = new Promise<void>((resolve) => socket.once('fleet:snapshot', () => resolve()));
  const operator = await signIn(platform.httpUrl, WATCHING_OPERATOR);
  operatorSocket = io(`${platform.httpUrl}/live`, {
    transports: ['websocket'],
    forceNew: true,
    auth: { token: operator.tokens.accessToken },
  });
  operatorSocket.on('alert:changed', (alert: AlertView) => pushedToOperator.push(alert));
  await Promise.all([
    regulatorReady,
    new Promise<void>((resolve) => operatorSocket.once('fleet:snapshot', () => resolve())),
  ]);
}, 120_000);

afterAll(async () => {
  socket?.close();
  operatorSocket?.close();
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
});

/** A vehicle on a normal demo permit (all roads, all day), driven by the test at a point of its own road. */
async function drive(category: string, index = 0) {
  const vehicle = FLEET.filter((v) => v.category === category)[index]!;
  const [lonDeg, latDeg] = pilotZoneRoads().find((r) => r.id === vehicle.routeId)!.coordinates[0]!;
  const terminal: MqttClient = await connectVehicle(platform.mqttUrl, vehicle.id);
  let seq = 0;
  const send = (speedMps: number, timeMs = Date.now()) =>
    terminal.publishAsync(
      vehicleTopic(vehicle.id, 'telemetry'),
      telemetryFrame(vehicle.id, ++seq, [
        sampleAt(timeMs, { lonDeg, latDeg, speedMps, safetyOfficerId: `SO-${vehicle.id}` }),
      ]),
      { qos: 1 },
    );
  return { vehicle, send, close: () => terminal.endAsync() };
}

const alertsOf = (vehicleId: string, kind: string) =>
  pushed.filter((p) => p.alert.vehicleId === vehicleId && p.alert.kind === kind);

describe('live compliance: from a violating sample to the regulator’s console', () => {
  it('pushes an over-speed alert within 2 s of the sample that breaks the rule, and only one while it lasts', async () => {
    const car = await drive('robotaxi');
    const t0 = Date.now() - 10_000;
    for (let i = 0; i < 3; i++) await car.send(8, t0 + i * 1_000);
    // 45 m/s is far above any demo cap; the rule needs 3 s above the cap before it raises.
    for (let i = 3; i < 6; i++) await car.send(45, t0 + i * 1_000);
    const sentAt = Date.now();
    await car.send(45, t0 + 6_000);
    await waitFor(() => alertsOf(car.vehicle.id, 'over_speed').length > 0, 10_000);
    const [first] = alertsOf(car.vehicle.id, 'over_speed');
    expect(first!.atMs - sentAt).toBeLessThan(2_000);
    expect(first!.alert).toMatchObject({ severity: 'warning', status: 'open', occurrences: 1 });
    expect(first!.alert.permitId).toMatch(/^DEMO-/);
    // Stored with the triggering sample as received.
    expect(first!.alert.facts['trigger']).toMatchObject({ speedMps: 45, controlMode: 'automated' });

    // Still speeding: no duplicate alert; slowing down clears the one alert.
    for (let i = 7; i < 15; i++) await car.send(45, t0 + i * 1_000);
    for (let i = 15; i < 20; i++) await car.send(8, t0 + i * 1_000);
    await waitFor(() => alertsOf(car.vehicle.id, 'over_speed').some((p) => p.alert.clearedAt !== null), 10_000);
    const stored = await regulator.get<{ items: AlertView[] }>(
      `/api/v1/alerts?vehicleId=${car.vehicle.id}&kind=over_speed`,
    );
    expect(stored.items).toHaveLength(1);
    expect(stored.items[0]).toMatchObject({ occurrences: 1, status: 'open' });
    expect(stored.items[0]!.clearedAt).not.toBeNull();
    await car.close();
  });

  it('turns the next automated sample into an alert once the regulator suspends the permit', async () => {
    const bus = await drive('smart_bus');
    await bus.send(8);
    const permit = (
      await regulator.get<{ items: { id: string }[] }>(`/api/v1/permits?vehicleId=${bus.vehicle.id}&status=active`)
    ).items[0]!;
    expect(alertsOf(bus.vehicle.id, 'permit_suspended')).toEqual([]);
    await regulator.post(`/api/v1/permits/${permit.id}/suspend`, { reason: '安全评估未通过' });
    // The permit change reaches the rules through the bus; the next samples are judged against it.
    await waitFor(async () => {
      await bus.send(8);
      return alertsOf(bus.vehicle.id, 'permit_suspended').length > 0;
    }, 10_000);
    expect(alertsOf(bus.vehicle.id, 'permit_suspended')[0]!.alert).toMatchObject({
      severity: 'critical',
      permitId: permit.id,
    });
    await bus.close();
  });

  it('lists open alerts by scope and lets people acknowledge and resolve them, audited', async () => {
    const operator = await signIn(platform.httpUrl, DEV.operator01);
    const open = await regulator.get<{ items: AlertView[]; unresolved: Record<string, number> }>(
      '/api/v1/alerts?status=open',
    );
    expect(open.items.length).toBeGreaterThan(0);
    expect(open.unresolved['critical']).toBeGreaterThan(0);
    const own = await operator.get<{ items: AlertView[] }>('/api/v1/alerts?status=open');
    expect(own.items.every((a) => a.enterpriseId === 'ent-demo-01')).toBe(true);
    const theirs = open.items.find((a) => a.enterpriseId !== 'ent-demo-01')!;
    expect((await operator.fetch(`/api/v1/alerts/${theirs.id}`)).status).toBe(404);
    expect(
      (await operator.fetch(`/api/v1/alerts/${theirs.id}/acknowledge`, { method: 'POST', body: '{}' })).status,
    ).toBe(404);

    const target = open.items[0]!;
    const acked = await regulator.post<AlertView>(`/api/v1/alerts/${target.id}/acknowledge`, {
      note: '已通知测试主体',
    });
    expect(acked).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'regulator',
      acknowledgeNote: '已通知测试主体',
    });
    await waitFor(() => pushed.some((p) => p.alert.id === target.id && p.alert.status === 'acknowledged'), 5_000);
    expect(
      (await regulator.fetch(`/api/v1/alerts/${target.id}/acknowledge`, { method: 'POST', body: '{}' })).status,
    ).toBe(409);
    const resolved = await regulator.post<AlertView>(`/api/v1/alerts/${target.id}/resolve`, { note: '已整改' });
    expect(resolved.status).toBe('resolved');
    const audit = await regulator.get<{ items: { action: string; targetId: string }[] }>('/api/v1/audit?limit=50');
    expect(audit.items.filter((e) => e.targetId === String(target.id)).map((e) => e.action)).toEqual([
      'alert.resolve',
      'alert.acknowledge',
    ]);
  });

  it('pushes each operator the alerts of its own enterprise only', () => {
    const enterprises = new Set(pushed.map((p) => p.alert.enterpriseId));
    expect(enterprises.size).toBeGreaterThan(1);
    const own = new Set(pushed.filter((p) => p.alert.enterpriseId === WATCHED_ENTERPRISE).map((p) => p.alert.id));
    expect(own.size).toBeGreaterThan(0);
    expect(new Set(pushedToOperator.map((a) => a.id))).toEqual(own);
    expect(pushedToOperator.every((a) => a.enterpriseId === WATCHED_ENTERPRISE)).toBe(true);
  });
});
