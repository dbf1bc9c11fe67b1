/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database under DATA_DIR. */
import { runService } from '@fleet/bootstrap';
import { createPool, migrate, startEmbeddedDatabase } from '@fleet/db';

runService('migrate', async (config, log) => {
  const embedded = config.db.url ? undefined : await startEmbeddedDatabase({ dataDir: config.db.dataDir, port: 0 });
  const pool = createPool({ url: config.db.url ?? embedded!.url, max: 1, applicationName: 'fleet-migrate' });
  try {
    const result = await migrate(pool);
    log.info({ applied: result.applied, ...result.capabilities }, 'migrations applied');
  } finally {
    await pool.end();
    await embedded?.stop();
  }
  process.exit(0);
});
