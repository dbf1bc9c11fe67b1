import { AlertRepository } from '@fleet/alerts-data';
import type { PlatformConfig } from '@fleet/config';
import type { Queryable } from '@fleet/db';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { IngestRuntime } from '@fleet/ingest';
import { LiveBus } from '@fleet/live-bus';
import type { Logger } from '@fleet/logging';
import { Metrics } from '@fleet/metrics';
import { DB_POOL, LOGGER, PLATFORM_CONFIG } from '@fleet/ops';
import { PermitRepository, ZoneRepository } from '@fleet/registry-data';
import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ComplianceRuntime } from './compliance-runtime.js';
import { ruleSettingsFrom } from './compliance-settings.js';

/** Starts and stops the runtime with the application (after the ingest is wired, before it reads the broker). */
class ComplianceLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(ComplianceRuntime) private readonly runtime: ComplianceRuntime) {}

  onApplicationBootstrap(): Promise<void> {
    return this.runtime.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.runtime.stop();
  }
}

/** The live rules and alerting; needs the ingest (IngestModule) in the same application. */
@Module({
  providers: [
    ComplianceLifecycle,
    {
      provide: ComplianceRuntime,
      inject: [IngestRuntime, DB_POOL, LiveBus, PLATFORM_CONFIG, LOGGER, Metrics],
      useFactory: (
        ingest: IngestRuntime,
        db: Queryable,
        bus: LiveBus,
        config: PlatformConfig,
        logger: Logger,
        metrics: Metrics,
      ) =>
        new ComplianceRuntime(
          ingest,
          new VehicleRegistryRepository(db),
          new PermitRepository(db),
          new ZoneRepository(db),
          new AlertRepository(db),
          bus,
          {
            rules: ruleSettingsFrom(config.alerts.ruleSettingsJson),
            escalateAfterMs: config.alerts.escalateAfterMs,
            permitRefreshMs: 60_000,
          },
          logger.child({ module: 'compliance' }),
          metrics,
        ),
    },
  ],
})
export class ComplianceModule {}
