/**
 * `npm start`: the whole platform on one machine. Embedded TimescaleDB and MQTT broker unless DATABASE_URL /
 * MQTT_URL point at real servers, ingest + API + live push in this process, the console on HTTP_PORT, and
 * the demo fleet simulator in a child process.
 */
import 'reflect-metadata';
import { createCore, createHttpApp, ingestSettingsFrom, seedDemoFleet, startPlatformParts } from '@fleet/bootstrap';
import { ConfigError, loadPlatformConfig } from '@fleet/config';
import { runDueTimescaleJobs } from '@fleet/db';
import { createLogger } from '@fleet/logging';
import { PlatformModule } from './platform.module.js';
import { startSimulatorProcess, type SimulatorProcess } from './start-simulator-process.js';

const TIMESCALE_JOB_INTERVAL_MS = 5 * 60_000;

async function main(): Promise<void> {
  const config = loadPlatformConfig();
  const log = createLogger('platform', config.logLevel);
  const parts = await startPlatformParts(config, log);
  const core = await createCore(config, 'platform', parts.databaseUrl);

  if (config.demo.enabled) {
    const seeded = await seedDemoFleet(core.pool, config.demo.vehicles);
    log.info({ vehicles: seeded }, 'demo fleet registered');
  }
  const app = await createHttpApp(PlatformModule.register(core, ingestSettingsFrom(config, parts.mqttUrl)), core, {
    serveConsole: true,
  });
  await app.listen(config.http.port, config.http.host);

  // The embedded database has no background workers: the platform runs its policy jobs.
  const jobs =
    parts.embeddedDatabase && core.migration.capabilities.timescale
      ? setInterval(() => {
          runDueTimescaleJobs(core.pool).catch((error: unknown) => log.warn({ err: error }, 'TimescaleDB jobs failed'));
        }, TIMESCALE_JOB_INTERVAL_MS)
      : undefined;

  const simulator: SimulatorProcess | undefined =
    config.demo.enabled && config.demo.simulator && config.demo.vehicles > 0
      ? startSimulatorProcess({ mqttUrl: parts.mqttUrl, vehicles: config.demo.vehicles, hz: config.demo.hz }, log)
      : undefined;
  log.info({ url: `http://localhost:${config.http.port}`, mqtt: parts.mqttUrl }, 'platform ready');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    clearInterval(jobs);
    await simulator?.stop();
    await app.close();
    await core.pool.end();
    await parts.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  void parts.embeddedDatabase?.exited.then((code) => {
    if (stopping) return;
    log.fatal({ code }, 'embedded database exited unexpectedly; stopping so a supervisor can restart the platform');
    process.exit(1);
  });
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
