import { seedDemoFleet } from '@fleet/bootstrap';
import { createPool, migrate } from '@fleet/db';
import { demoFleet, demoVehicleSecret } from '@fleet/demo-fleet';
import { ownsVehicle } from '@fleet/ingest';
import {
  parsePrometheusText,
  removeDataDir,
  startApp,
  startMosquitto,
  startPostgres,
  total,
  waitFor,
  type ExternalServer,
  type MosquittoServer,
  type RunningPlatform,
} from '@fleet/platform-harness';
import { startSimulator } from '@fleet/simulator';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const VEHICLES = 20;
const INGEST = { username: 'platform-ingest', password: 'e2e-ingest-password' };
let postgres: ExternalServer;
let mosquitto: MosquittoServer;
let db: pg.Pool;
const ingests: RunningPlatform[] = [];

beforeAll(async () => {
  [postgres, mosquitto] = await Promise.all([startPostgres(), startMosquitto()]);
  await mosquitto.setPasswords([
    [INGEST.username, INGEST.password],
    ...demoFleet(VEHICLES).map((v): [string, string] => [v.id, demoVehicleSecret(v.id)]),
  ]);
  db = createPool({ url: postgres.url, max: 1, applicationName: 'e2e-sharded' });
  await migrate(db);
  await seedDemoFleet(db, VEHICLES);
  for (const shard of ['0/2', '1/2']) {
    ingests.push(
      await startApp('ingest', {
        DATABASE_URL: postgres.url,
        MQTT_URL: mosquitto.url,
        MQTT_USERNAME: INGEST.username,
        MQTT_PASSWORD: INGEST.password,
        INGEST_CLIENT_ID: 'e2e-ingest',
        INGEST_SHARD: shard,
      }),
    );
  }
}, 120_000);

afterAll(async () => {
  await db?.end();
  for (const app of ingests) {
    await app.stop();
    removeDataDir(app.dataDir);
  }
  await Promise.all([postgres?.stop(), mosquitto?.stop()]);
}, 60_000);

const metrics = async (app: RunningPlatform) =>
  parsePrometheusText(await (await fetch(`${app.httpUrl}/metrics`)).text());

describe('two ingest instances splitting the fleet by vehicle (INGEST_SHARD, Mosquitto 2 + PostgreSQL 15)', () => {
  it('takes each vehicle on one instance only: every sample stored once, none received twice', async () => {
    const load = await startSimulator({
      mqttUrl: mosquitto.url,
      vehicles: VEHICLES,
      hz: 5,
      qos: 1,
      vehicleSecrets: 'demo',
      logLevel: 'silent',
      seed: 5,
    });
    await new Promise((r) => setTimeout(r, 4_000));
    await load.stop();
    const published = load.stats();
    const stored = async () =>
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry_samples')).rows[0]?.n ?? 0;
    await waitFor(async () => (await stored()) >= published.samplesPublished, 30_000);

    const [a, b] = await Promise.all(ingests.map(metrics));
    const received = (m: typeof a) => total(m!, 'ingest_messages_total', 'channel="telemetry"');
    // Both instances worked, and together they received each telemetry message exactly once.
    expect(received(a)).toBeGreaterThan(0);
    expect(received(b)).toBeGreaterThan(0);
    expect(received(a) + received(b)).toBe(published.messagesPublished);
    expect(total(a!, 'ingest_samples_duplicate_total') + total(b!, 'ingest_samples_duplicate_total')).toBe(0);
    expect(await stored()).toBe(published.samplesPublished);
    // The split is the one every instance computes from the vehicle id alone.
    const perVehicle = await db.query<{ vehicle_id: string; n: number }>(
      'SELECT vehicle_id, count(*)::int AS n FROM telemetry_samples GROUP BY vehicle_id',
    );
    const onFirst = perVehicle.rows.filter((r) => ownsVehicle({ index: 0, count: 2 }, r.vehicle_id));
    expect(total(a!, 'ingest_samples_stored_total')).toBe(onFirst.reduce((sum, r) => sum + r.n, 0));
  }, 90_000);
});
