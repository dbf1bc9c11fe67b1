import type { PlatformConfig } from '@fleet/config';
import { createPool, migrate, type MigrationResult } from '@fleet/db';
import { InProcessLiveBus, RedisLiveBus, type LiveBus } from '@fleet/live-bus';
import { createLogger, type Logger } from '@fleet/logging';
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
  return { config, logger, metrics, pool, bus: await createLiveBus(config, logger), migration };
}

async function createLiveBus(config: PlatformConfig, logger: Logger): Promise<LiveBus> {
  const url = config.live.redisUrl;
  if (url === undefined) return new InProcessLiveBus();
  let lastLogMs = 0;
  const bus = await RedisLiveBus.connect(url, (error) => {
    // A Redis outage fails every publish: one line per 5 s says it.
    if (Date.now() - lastLogMs < 5_000) return;
    lastLogMs = Date.now();
    logger.warn({ err: error }, 'live bus (Redis) unavailable: live updates to other instances are dropped');
  });
  logger.info({ redis: url.replace(/\/\/[^@/]*@/, '//***@') }, 'live bus on Redis');
  return bus;
}
