import type { AlertView } from '@fleet/alerts-model';
import { seedDemoFleet } from '@fleet/bootstrap';
import { createPool, migrate } from '@fleet/db';
import { demoFleet, demoVehicleSecret } from '@fleet/demo-fleet';
import { decodeFleetUpdate, type FleetSnapshot } from '@fleet/live-events';
import { ControlMode, FaultLevel, vehicleTopic } from '@fleet/telemetry-contract';
import type { MqttClient } from 'mqtt';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectVehicle,
  DEV,
  type ExternalServer,
  type MosquittoServer,
  removeDataDir,
  type RunningPlatform,
  signIn,
  startApp,
  startMosquitto,
  startPostgres,
  startRedis,
  waitFor,
} from '@fleet/platform-harness';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

const VEHICLES = 4;
const INGEST = { username: 'platform-ingest', password: 'e2e-ingest-password' };
/** Both api instances must accept each other's tokens: one signing key (a test value). */
const TOKEN_SECRET = 'e2e-only-token-secret-0123456789abcdef';
let postgres: ExternalServer;
let mosquitto: MosquittoServer;
let redis: ExternalServer;
const apps: RunningPlatform[] = [];
let vehicle: MqttClient;
const [V] = demoFleet(VEHICLES);

/** A regulator's console on one api instance: every pushed row of the vehicle and every alert, as they came. */
type Console = { socket: Socket; rows: number[]; alerts: AlertView[] };

async function openConsole(apiUrl: string, token: string): Promise<Console> {
  const socket = io(`${apiUrl}/live`, { transports: ['websocket'], forceNew: true, auth: { token } });
  const snapshot = await new Promise<FleetSnapshot>((resolve) => socket.once('fleet:snapshot', resolve));
  const slot = snapshot.vehicles.find((v) => v.id === V!.id)!.slot;
  const c: Console = { socket, rows: [], alerts: [] };
  socket.on('fleet:update', (frame: Uint8Array) => {
    const update = decodeFleetUpdate(frame);
    update.slot.forEach((s, i) => {
      if (s === slot) c.rows.push(update.timeMs[i]!);
    });
  });
  socket.on('alert:changed', (alert: AlertView) => c.alerts.push(alert));
  return c;
}

beforeAll(async () => {
  [postgres, mosquitto, redis] = await Promise.all([startPostgres(), startMosquitto(), startRedis()]);
  await mosquitto.setPasswords([
    [INGEST.username, INGEST.password],
    ...demoFleet(VEHICLES).map((v): [string, string] => [v.id, demoVehicleSecret(v.id)]),
  ]);
  const pool = createPool({ url: postgres.url, max: 1, applicationName: 'e2e-seed' });
  await migrate(pool);
  await seedDemoFleet(pool, VEHICLES);
  await pool.end();
  const shared = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, AUTH_TOKEN_SECRET: TOKEN_SECRET };
  apps.push(
    await startApp('ingest', {
      ...shared,
      MQTT_URL: mosquitto.url,
      MQTT_USERNAME: INGEST.username,
      MQTT_PASSWORD: INGEST.password,
    }),
  );
  apps.push(...(await Promise.all([startApp('api', shared), startApp('api', shared)])));
  vehicle = await connectVehicle(mosquitto.url, V!.id);
}, 180_000);

afterAll(async () => {
  vehicle?.end(true);
  for (const app of apps) {
    await app.stop();
    removeDataDir(app.dataDir);
  }
  await Promise.all([postgres?.stop(), mosquitto?.stop(), redis?.stop()]);
}, 60_000);

describe('two api instances and an ingest on Redis (socket.io Redis adapter, live bus on Redis)', () => {
  it('shows every update and every alert exactly once on a console of either instance', async () => {
    const [, apiA, apiB] = apps;
    const regulator = await signIn(apiA!.httpUrl, DEV.regulator);
    // The token from instance A is good on instance B: sessions are in the shared database.
    const consoles = await Promise.all([
      openConsole(apiA!.httpUrl, regulator.tokens.accessToken),
      openConsole(apiB!.httpUrl, regulator.tokens.accessToken),
    ]);

    const liveMs = Date.now();
    const live = sampleAt(liveMs, { latDeg: 31.3111 });
    await vehicle.publishAsync(vehicleTopic(V!.id, 'telemetry'), telemetryFrame(V!.id, 1, [live]), { qos: 1 });
    await waitFor(() => consoles.every((c) => c.rows.includes(liveMs)), 15_000);

    const faulty = sampleAt(Date.now(), {
      faultLevel: FaultLevel.FAULT_LEVEL_2,
      controlMode: ControlMode.CONTROL_MODE_MANUAL,
    });
    await vehicle.publishAsync(vehicleTopic(V!.id, 'telemetry'), telemetryFrame(V!.id, 2, [faulty]), { qos: 1 });
    const faultAlerts = (c: Console) => c.alerts.filter((a) => a.vehicleId === V!.id && a.kind === 'fault');
    await waitFor(() => consoles.every((c) => faultAlerts(c).length > 0), 15_000);

    // Anything duplicated (an update sent by both instances, or through the adapter as well) would arrive by now.
    await new Promise((r) => setTimeout(r, 1_500));
    for (const c of consoles) {
      expect(c.rows.filter((t) => t === liveMs)).toHaveLength(1);
      expect(faultAlerts(c)).toHaveLength(1);
      c.socket.close();
    }
  }, 60_000);
});
