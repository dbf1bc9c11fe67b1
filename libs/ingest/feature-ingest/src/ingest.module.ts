import { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { DB_POOL, HealthRegistry, LOGGER } from '@fleet/ops';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from 'pg';
import { IngestRuntime } from './ingest-runtime.js';
import type { IngestSettings } from './ingest-settings.js';

/** The MQTT ingest: consumes the vehicle topics, stores telemetry, feeds the live bus. */
@Module({})
export class IngestModule {
  static register(settings: IngestSettings & { clientId: string }): DynamicModule {
    return {
      module: IngestModule,
      // Global: features that follow committed data (the live rules) inject the runtime without importing this.
      global: true,
      providers: [
        {
          provide: IngestRuntime,
          inject: [DB_POOL, LiveBus, Metrics, LOGGER, HealthRegistry],
          useFactory: (pool: Pool, bus: LiveBus, metrics: Metrics, logger: Logger, health: HealthRegistry) =>
            new IngestRuntime(settings, pool, bus, metrics, logger.child({ module: 'ingest' }), health),
        },
      ],
      exports: [IngestRuntime],
    };
  }
}
