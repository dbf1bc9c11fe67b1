import { seedDemoFleet } from '@fleet/bootstrap';
import { createPool, migrate } from '@fleet/db';
import { demoFleet, demoVehicleSecret } from '@fleet/demo-fleet';
import {
  parsePrometheusText,
  removeDataDir,
  startApp,
  startMosquitto,
  startPostgres,
  startRedis,
  total,
  waitFor,
  type ExternalServer,
  type MosquittoServer,
  type RunningPlatform,
} from '@fleet/platform-harness';
import { startSimulator, type SimulatorHandle } from '@fleet/simulator';
import type pg from 'pg';

export const VEHICLES = 20;
const INGEST = { username: 'platform-ingest', password: 'fault-test-ingest-password' };
/** Test value: the api instance signs the console's token with it. */
export const TOKEN_SECRET = 'fault-test-only-token-secret-0123456789';

export type RigOptions = {
  /** Live bus and socket.io adapter through Redis, with an api instance next to the ingest. */
  redis?: boolean;
  /** PostgreSQL's max_connections. */
  maxConnections?: number;
  /** Extra settings of the ingest. */
  ingestEnv?: Record<string, string>;
};

/**
 * The production shape on loopback: PostgreSQL 15, Mosquitto 2 with persistence, optionally Redis and an api, one
 * ingest (always the same MQTT client id, so its persistent session survives its restarts), and 20 simulated
 * vehicles at 5 Hz, QoS 1, that buffer and re-send what they cannot deliver.
 */
export class FaultRig {
  ingest!: RunningPlatform;
  api: RunningPlatform | undefined;
  load!: SimulatorHandle;
  private readonly apps: RunningPlatform[] = [];

  private constructor(
    readonly postgres: ExternalServer,
    readonly mosquitto: MosquittoServer,
    readonly redis: ExternalServer | undefined,
    readonly db: pg.Pool,
    private readonly ingestEnv: Record<string, string>,
  ) {}

  static async start(options: RigOptions = {}): Promise<FaultRig> {
    const [postgres, mosquitto, redis] = await Promise.all([
      startPostgres({ maxConnections: options.maxConnections }),
      startMosquitto({ persistence: true }),
      options.redis ? startRedis() : undefined,
    ]);
    await mosquitto.setPasswords([
      [INGEST.username, INGEST.password],
      ...demoFleet(VEHICLES).map((v): [string, string] => [v.id, demoVehicleSecret(v.id)]),
    ]);
    const db = createPool({ url: postgres.url, max: 2, applicationName: 'fault-test' });
    // The test's own idle connections see a database restart too; the next query reconnects.
    db.on('error', () => undefined);
    await migrate(db);
    await seedDemoFleet(db, VEHICLES);
    const rig = new FaultRig(postgres, mosquitto, redis, db, options.ingestEnv ?? {});
    await rig.startIngest();
    if (redis) rig.api = await rig.track(startApp('api', rig.shared()));
    rig.load = await startSimulator({
      mqttUrl: mosquitto.url,
      vehicles: VEHICLES,
      hz: 5,
      qos: 1,
      vehicleSecrets: 'demo',
      logLevel: 'silent',
      seed: 11,
    });
    return rig;
  }

  async startIngest(): Promise<RunningPlatform> {
    this.ingest = await this.track(
      startApp('ingest', {
        ...this.shared(),
        MQTT_URL: this.mosquitto.url,
        MQTT_USERNAME: INGEST.username,
        MQTT_PASSWORD: INGEST.password,
        INGEST_CLIENT_ID: 'fault-test-ingest',
        ...this.ingestEnv,
      }),
    );
    return this.ingest;
  }

  async stored(): Promise<number> {
    const result = await this.db.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry_samples');
    return result.rows[0]?.n ?? 0;
  }

  /** Sum of one of the running ingest's metrics (counters restart with the process). */
  async ingestMetric(name: string): Promise<number> {
    const response = await fetch(`${this.ingest.httpUrl}/metrics`).catch((error: unknown) => {
      throw new Error(
        `the ingest does not answer (${String(error)}); its output:\n${this.ingest.logs().slice(-4_000)}`,
      );
    });
    const text = await response.text();
    return total(parsePrometheusText(text), name);
  }

  async close(): Promise<void> {
    await this.load?.stop().catch(() => undefined);
    for (const app of this.apps) {
      await app.stop();
      removeDataDir(app.dataDir);
    }
    await this.db.end();
    await Promise.all([this.postgres.stop(), this.mosquitto.stop(), this.redis?.stop()]);
  }

  private shared(): Record<string, string> {
    return {
      DATABASE_URL: this.postgres.url,
      AUTH_TOKEN_SECRET: TOKEN_SECRET,
      ...(this.redis ? { REDIS_URL: this.redis.url } : {}),
    };
  }

  private async track(app: Promise<RunningPlatform>): Promise<RunningPlatform> {
    const running = await app;
    this.apps.push(running);
    return running;
  }
}

export type FaultResult = {
  generated: number;
  published: number;
  stored: number;
  lost: number;
  resentStored: number;
  recoveredMs: number;
};

/**
 * Runs `fault` under the steady load, then accounts for every sample: the vehicles empty their buffers, stop, and
 * storage must hold exactly what they published. Prints one line for the test output.
 */
export async function accountFor(rig: FaultRig, scenario: string, fault: () => Promise<void>): Promise<FaultResult> {
  await waitFor(
    async () => (await rig.stored()) > 200,
    30_000,
    () => rig.ingest.logs(),
  );
  await fault();
  const faultEndedMs = Date.now();
  const storedAfterFault = await rig.stored();
  await waitFor(
    async () => (await rig.stored()) > storedAfterFault + 100,
    60_000,
    () => rig.ingest.logs(),
  );
  const recoveredMs = Date.now() - faultEndedMs;
  // What the vehicles held back while they could not deliver goes out before they stop.
  await waitFor(() => rig.load.stats().samplesBuffered === 0, 60_000);
  await rig.load.stop();
  const stats = rig.load.stats();
  await waitFor(
    async () => (await rig.stored()) >= stats.samplesPublished,
    60_000,
    () => rig.ingest.logs(),
  );
  // Settle: nothing more arrives late.
  await new Promise((r) => setTimeout(r, 1_000));
  const stored = await rig.stored();
  const resent = await rig.db.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry_samples WHERE resent');
  const result: FaultResult = {
    generated: stats.samplesGenerated,
    published: stats.samplesPublished,
    stored,
    // Generated is published plus whatever a vehicle's full buffer had to drop (nothing is left buffered here).
    lost: stats.samplesGenerated - stored,
    resentStored: resent.rows[0]?.n ?? 0,
    recoveredMs,
  };
  console.log(
    `fault scenario "${scenario}": ${result.generated} samples generated, ${result.stored} stored, ` +
      `${Math.max(0, result.lost)} lost, ${Math.max(0, -result.lost)} extra; ${result.resentStored} of them ` +
      `re-sent by vehicles after the fault; storing again ${(recoveredMs / 1_000).toFixed(1)} s after it ended`,
  );
  return result;
}
