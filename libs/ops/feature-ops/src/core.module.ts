import type { PlatformConfig } from '@fleet/config';
import type { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from 'pg';
import { LiveBus as LiveBusToken } from '@fleet/live-bus';
import { DB_POOL, LOGGER, PLATFORM_CONFIG } from './core-tokens.js';
import { HealthRegistry } from './health-registry.js';

export type CoreServices = { config: PlatformConfig; pool: Pool; bus: LiveBus; metrics: Metrics; logger: Logger };

/**
 * The process-wide services every module shares, created by the composition root (so the embedded mode can
 * hand the same single database connection to ingest and api running in one process).
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(core: CoreServices): DynamicModule {
    const health = new HealthRegistry();
    health.register('database', async () => (await core.pool.query('SELECT 1 AS ok')).rowCount === 1);
    return {
      module: CoreModule,
      providers: [
        { provide: PLATFORM_CONFIG, useValue: core.config },
        { provide: DB_POOL, useValue: core.pool },
        { provide: LiveBusToken, useValue: core.bus },
        { provide: Metrics, useValue: core.metrics },
        { provide: LOGGER, useValue: core.logger },
        { provide: HealthRegistry, useValue: health },
      ],
      exports: [PLATFORM_CONFIG, DB_POOL, LiveBusToken, Metrics, LOGGER, HealthRegistry],
    };
  }
}
