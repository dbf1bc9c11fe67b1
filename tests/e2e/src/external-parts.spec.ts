import { demoFleet } from '@fleet/demo-fleet';
import type { VehicleSummary } from '@fleet/fleet-model';
import { vehicleTopic } from '@fleet/telemetry-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiSession,
  connectVehicle,
  DEV,
  type ExternalServer,
  getJson,
  type MosquittoServer,
  removeDataDir,
  type RunningPlatform,
  signIn,
  startMosquitto,
  startPlatform,
  startPostgres,
  waitFor,
} from '@fleet/platform-harness';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

let postgres: ExternalServer;
let mosquitto: MosquittoServer;
let platform: RunningPlatform;
let api: ApiSession;
const secrets = new Map<string, string>();
const [vehicle, other] = demoFleet(2);
/** The ingest's account, as infra/mosquitto/acl names it; the password is this test's own. */
const INGEST = { username: 'platform-ingest', password: 'e2e-ingest-password' };

beforeAll(async () => {
  [postgres, mosquitto] = await Promise.all([startPostgres(), startMosquitto()]);
  await mosquitto.setPassword(INGEST.username, INGEST.password);
  platform = await startPlatform({
    DATABASE_URL: postgres.url,
    MQTT_URL: mosquitto.url,
    MQTT_USERNAME: INGEST.username,
    MQTT_PASSWORD: INGEST.password,
    LOG_LEVEL: 'info',
  });
  api = await signIn(platform.httpUrl, DEV.regulator);
}, 120_000);

afterAll(async () => {
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
  await Promise.all([postgres?.stop(), mosquitto?.stop()]);
}, 60_000);

describe('the same platform on real servers (MQTT_URL, DATABASE_URL)', () => {
  it('ingests through Mosquitto 2 into plain PostgreSQL 15 and serves it through the API', async () => {
    const health = await getJson<{ ok: boolean; checks: Record<string, boolean> }>(`${platform.httpUrl}/health`);
    expect(health).toEqual({ ok: true, checks: { database: true, mqtt: true } });
    // The documented workflow: issue the vehicle's credentials through the API, add them to Mosquitto's password file.
    for (const v of [vehicle!, other!]) {
      const issued = await api.post<{ mqttUsername: string; mqttPassword: string }>(
        `/api/v1/vehicles/${v.id}/credentials`,
        {},
      );
      await mosquitto.setPassword(issued.mqttUsername, issued.mqttPassword);
      secrets.set(v.id, issued.mqttPassword);
    }
    const client = await connectVehicle(mosquitto.url, vehicle!.id, secrets.get(vehicle!.id));
    const t = Date.now() - 1_000;
    await client.publishAsync(vehicleTopic(vehicle!.id, 'telemetry'), telemetryFrame(vehicle!.id, 1, [sampleAt(t)]), {
      qos: 1,
    });
    await client.endAsync();
    await waitFor(
      async () => (await api.get<VehicleSummary>(`/api/v1/vehicles/${vehicle!.id}`)).state?.timeMs === t,
      15_000,
    );
    // Plain PostgreSQL was detected and used; no embedded part was started.
    expect(platform.logs()).toMatch(/"timescale":false[^\n]*"msg":"database migrated"/);
    expect(platform.logs()).not.toMatch(/embedded (TimescaleDB started|MQTT broker listening)/);
  });

  it('keeps a vehicle to its own topics through the ACL file, and refuses unknown clients', async () => {
    await expect(connectVehicle(mosquitto.url, 'GHOST-1', 'anything')).rejects.toThrow(/not authorized|bad user/i);
    // MQTT 5, so the broker's refusal is visible in the PUBACK reason code.
    const impostor = await connectVehicle(mosquitto.url, other!.id, secrets.get(other!.id), { protocolVersion: 5 });
    const t = Date.now() - 500;
    const refused = await impostor
      .publishAsync(vehicleTopic(vehicle!.id, 'telemetry'), telemetryFrame(vehicle!.id, 2, [sampleAt(t)]), { qos: 1 })
      .then(
        () => 'accepted',
        (error: unknown) => String(error),
      );
    expect(refused).toMatch(/not authorized/i);
    // Its own topic works, and proves the ingest has processed everything published before it.
    await impostor.publishAsync(vehicleTopic(other!.id, 'telemetry'), telemetryFrame(other!.id, 1, [sampleAt(t)]), {
      qos: 1,
    });
    await impostor.endAsync();
    await waitFor(
      async () => (await api.get<VehicleSummary>(`/api/v1/vehicles/${other!.id}`)).state?.timeMs === t,
      15_000,
    );
    expect((await api.get<VehicleSummary>(`/api/v1/vehicles/${vehicle!.id}`)).state?.timeMs).not.toBe(t);
  });
});
