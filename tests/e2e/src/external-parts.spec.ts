import { demoFleet } from '@fleet/demo-fleet';
import type { VehicleSummary } from '@fleet/fleet-model';
import { vehicleTopic } from '@fleet/telemetry-contract';
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMosquitto, startPostgres, type ExternalServer } from './external-servers.js';
import { getJson, removeDataDir, startPlatform, waitFor, type RunningPlatform } from './platform-process.js';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

let postgres: ExternalServer;
let mosquitto: ExternalServer;
let platform: RunningPlatform;
const [vehicle] = demoFleet(1);

beforeAll(async () => {
  [postgres, mosquitto] = await Promise.all([startPostgres(), startMosquitto()]);
  platform = await startPlatform({ DATABASE_URL: postgres.url, MQTT_URL: mosquitto.url, LOG_LEVEL: 'info' });
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
    const client = await mqtt.connectAsync(mosquitto.url, { clientId: vehicle!.id, protocolVersion: 4 });
    const t = Date.now() - 1_000;
    await client.publishAsync(vehicleTopic(vehicle!.id, 'telemetry'), telemetryFrame(vehicle!.id, 1, [sampleAt(t)]), {
      qos: 1,
    });
    await client.endAsync();
    await waitFor(
      async () =>
        (await getJson<VehicleSummary>(`${platform.httpUrl}/api/v1/vehicles/${vehicle!.id}`)).state?.timeMs === t,
      15_000,
    );
    // Plain PostgreSQL was detected and used; no embedded part was started.
    expect(platform.logs()).toMatch(/"timescale":false[^\n]*"msg":"database migrated"/);
    expect(platform.logs()).not.toMatch(/embedded (TimescaleDB started|MQTT broker listening)/);
  });
});
