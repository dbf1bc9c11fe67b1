import { LOGGER, DB_POOL, repositoryProvider } from '@fleet/ops';
import type { Logger } from '@fleet/logging';
import { PermitRepository, ZoneRepository } from '@fleet/registry-data';
import {
  ReportFiguresRepository,
  ReportRawRepository,
  ReportsRefresher,
  reportSettingsFrom,
  type ReportSettings,
} from '@fleet/reports-data';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Pool } from 'pg';
import { PromotionService } from './promotion.service.js';
import { ReportsRefreshJob } from './reports-refresh.job.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { VehicleStatsController } from './vehicle-stats.controller.js';

const REPORT_SETTINGS = Symbol('REPORT_SETTINGS');

/** Vehicle stats, dashboard, coverage, periodic and end-of-test reports, exports, promotion check, and the refresher. */
@Module({})
export class ReportsModule {
  /**
   * Settings: the ones given, else REPORT_SETTINGS (JSON overrides of DEFAULT_REPORT_SETTINGS), read once when the
   * module starts (a bad value stops the start). Not part of PlatformConfig yet, like INCIDENT_SETTINGS.
   */
  static register(settings?: ReportSettings): DynamicModule {
    return {
      module: ReportsModule,
      controllers: [ReportsController, VehicleStatsController],
      providers: [
        { provide: REPORT_SETTINGS, useFactory: () => settings ?? reportSettingsFrom(process.env['REPORT_SETTINGS']) },
        repositoryProvider(ReportFiguresRepository),
        repositoryProvider(ReportRawRepository),
        repositoryProvider(PermitRepository),
        repositoryProvider(ZoneRepository),
        {
          provide: ReportsRefresher,
          inject: [DB_POOL, REPORT_SETTINGS],
          useFactory: (pool: Pool, s: ReportSettings) => new ReportsRefresher(pool, s),
        },
        {
          provide: ReportsRefreshJob,
          inject: [ReportsRefresher, REPORT_SETTINGS, LOGGER],
          useFactory: (refresher: ReportsRefresher, s: ReportSettings, log: Logger) =>
            new ReportsRefreshJob(refresher, s.refreshIntervalS * 1_000, log),
        },
        {
          provide: ReportsService,
          inject: [ReportFiguresRepository, ReportRawRepository, PermitRepository, ZoneRepository, REPORT_SETTINGS],
          useFactory: (
            figures: ReportFiguresRepository,
            raw: ReportRawRepository,
            permits: PermitRepository,
            zones: ZoneRepository,
            s: ReportSettings,
          ) => new ReportsService(figures, raw, permits, zones, s),
        },
        {
          provide: PromotionService,
          inject: [ReportRawRepository, PermitRepository, ZoneRepository, REPORT_SETTINGS],
          useFactory: (raw: ReportRawRepository, permits: PermitRepository, zones: ZoneRepository, s: ReportSettings) =>
            new PromotionService(raw, permits, zones, s),
        },
      ],
    };
  }
}
