/** The API service on its own (production shape): needs DATABASE_URL; live updates need the ingest in the same bus. */
import 'reflect-metadata';
import { createCore, createHttpApp, runService } from '@fleet/bootstrap';
import { ApiModule } from './api.module.js';

runService('api', async (config) => {
  if (!config.db.url) throw new Error('the api service needs DATABASE_URL; `npm start` runs everything embedded');
  const core = await createCore(config, 'api', config.db.url);
  const app = await createHttpApp(ApiModule.register(core), core, { serveConsole: true });
  await app.listen(config.http.port, config.http.host);
  return async () => {
    await app.close();
    await core.bus.close();
    await core.pool.end();
  };
});
