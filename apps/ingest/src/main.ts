/** The ingest service on its own (production shape): needs MQTT_URL and DATABASE_URL. */
import 'reflect-metadata';
import { createCore, createHttpApp, ingestSettingsFrom, runService } from '@fleet/bootstrap';
import { IngestAppModule } from './ingest-app.module.js';

runService('ingest', async (config) => {
  if (!config.db.url || !config.mqtt.url) {
    throw new Error('the ingest service needs MQTT_URL and DATABASE_URL; `npm start` runs everything embedded');
  }
  const core = await createCore(config, 'ingest', config.db.url);
  const app = await createHttpApp(IngestAppModule.register(core, ingestSettingsFrom(config, config.mqtt.url)), core, {
    serveConsole: false,
  });
  await app.listen(Number(process.env['INGEST_HTTP_PORT'] ?? 3001), config.http.host);
  return async () => {
    await app.close();
    await core.bus.close();
    await core.pool.end();
  };
});
