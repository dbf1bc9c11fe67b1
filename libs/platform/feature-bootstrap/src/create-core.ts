import type { PlatformConfig } from '@fleet/config';
import { createPool, migrate, type MigrationResult } from '@fleet/db';
import { InProcessLiveBus } from '@fleet/live-bus';
import { createLogger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import type { CoreServices } from '@fleet/ops';

/** Creates the process-wide services (logger, metrics, database pool, live bus) and migrates the database. */
export async function createCore(
  config: PlatformConfig,
  processName: string,
  databaseUrl: string,
): Promise<CoreServices & { migration: MigrationResult }> {
  const logger = createLogger(processName, config.logLevel);
  const metrics = new Metrics({ process: processName });
  const pool = createPool({ url: databaseUrl, max: config.db.poolSize, applicationName: `fleet-${processName}` });
  pool.on('error', (error) => logger.warn({ err: error }, 'idle database connection failed'));
  const migration = await migrate(pool);
  logger.info({ applied: migration.applied, ...migration.capabilities }, 'database migrated');
  return { config, logger, metrics, pool, bus: new InProcessLiveBus(), migration };
}
