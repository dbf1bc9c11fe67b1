/**
 * `npm start`: the whole platform on one machine. Embedded TimescaleDB and MQTT broker unless DATABASE_URL /
 * MQTT_URL point at real servers, ingest + API + live push in this process, the console on HTTP_PORT, and
 * the demo fleet simulator in a child process.
 */
import 'reflect-metadata';
import {
  createCore,
  createHttpApp,
  ingestSettingsFrom,
  runService,
  secureEmbeddedBroker,
  seedDemoFleet,
  startPlatformParts,
} from '@fleet/bootstrap';
import { runDueTimescaleJobs } from '@fleet/db';
import { PlatformModule } from './platform.module.js';
import { startSimulatorProcess } from './start-simulator-process.js';

const TIMESCALE_JOB_INTERVAL_MS = 5 * 60_000;

runService('platform', async (config, log) => {
  const parts = await startPlatformParts(config, log);
  const core = await createCore(config, 'platform', parts.databaseUrl);
  if (config.demo.enabled) {
    log.info(
      await seedDemoFleet(core.pool, config.demo.vehicles),
      'demo fleet, its credentials and development accounts ready',
    );
  }
  const platformAccount = parts.embeddedBroker && secureEmbeddedBroker(parts.embeddedBroker, core);
  const ingest = ingestSettingsFrom(config, parts.mqttUrl, platformAccount);
  const app = await createHttpApp(PlatformModule.register(core, ingest), core, { serveConsole: true });
  await app.listen(config.http.port, config.http.host);

  // The embedded database has no background workers: the platform runs its policy jobs.
  const jobs =
    parts.embeddedDatabase && core.migration.capabilities.timescale
      ? setInterval(() => {
          runDueTimescaleJobs(core.pool).catch((error: unknown) => log.warn({ err: error }, 'TimescaleDB jobs failed'));
        }, TIMESCALE_JOB_INTERVAL_MS)
      : undefined;
  const simulator =
    config.demo.enabled && config.demo.simulator && config.demo.vehicles > 0
      ? startSimulatorProcess({ mqttUrl: parts.mqttUrl, vehicles: config.demo.vehicles, hz: config.demo.hz }, log)
      : undefined;

  let stopping = false;
  void parts.embeddedDatabase?.exited.then((code) => {
    if (stopping) return;
    log.fatal({ code }, 'embedded database exited unexpectedly; stopping so a supervisor can restart the platform');
    process.exit(1);
  });
  log.info({ console: `http://localhost:${config.http.port}`, mqtt: parts.mqttUrl }, 'platform ready');
  // One plain line for the person who typed `npm start`; everything else is JSON for machines.
  process.stderr.write(
    `\n  监管平台已启动 · platform ready → console http://localhost:${config.http.port} · MQTT ${parts.mqttUrl}\n\n`,
  );
  return async () => {
    stopping = true;
    clearInterval(jobs);
    await simulator?.stop();
    await app.close();
    await core.bus.close();
    await core.pool.end();
    await parts.stop();
  };
});
