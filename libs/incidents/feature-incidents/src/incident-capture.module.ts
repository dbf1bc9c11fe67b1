import { AlertRepository } from '@fleet/alerts-data';
import { EvidenceRepository, IncidentRepository } from '@fleet/incidents-data';
import { IngestRuntime } from '@fleet/ingest';
import { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { DB_POOL, LOGGER } from '@fleet/ops';
import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { IncidentRuntime } from './incident-runtime.js';
import { INCIDENT_SETTINGS, incidentSettingsProvider } from './incident-settings.provider.js';
import type { IncidentSettings } from './incident-settings.js';

class IncidentRuntimeLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(IncidentRuntime) private readonly runtime: IncidentRuntime) {}

  onApplicationBootstrap(): void {
    this.runtime.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.runtime.stop();
  }
}

/** Opening incidents from vehicle events and locking their evidence; needs the ingest (IngestModule) alongside. */
@Module({
  providers: [
    incidentSettingsProvider,
    IncidentRuntimeLifecycle,
    {
      provide: IncidentRuntime,
      inject: [IngestRuntime, DB_POOL, LiveBus, INCIDENT_SETTINGS, LOGGER, Metrics],
      useFactory: (
        ingest: IngestRuntime,
        pool: Pool,
        bus: LiveBus,
        settings: IncidentSettings,
        logger: Logger,
        metrics: Metrics,
      ) =>
        new IncidentRuntime(
          ingest,
          new IncidentRepository(pool),
          new EvidenceRepository(pool),
          new AlertRepository(pool),
          bus,
          settings,
          logger.child({ module: 'incidents' }),
          metrics,
        ),
    },
  ],
})
export class IncidentCaptureModule {}
