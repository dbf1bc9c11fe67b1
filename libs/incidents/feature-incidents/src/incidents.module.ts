import { AlertRepository } from '@fleet/alerts-data';
import { AuditService } from '@fleet/auth';
import { AttachmentRepository, EvidenceRepository, IncidentRepository } from '@fleet/incidents-data';
import { LiveBus } from '@fleet/live-bus';
import { DB_POOL } from '@fleet/ops';
import { Module } from '@nestjs/common';
import type { Pool } from 'pg';
import { IncidentEvidenceService } from './incident-evidence.service.js';
import { INCIDENT_SETTINGS, incidentSettingsProvider } from './incident-settings.provider.js';
import type { IncidentSettings } from './incident-settings.js';
import { IncidentsController } from './incidents.controller.js';
import { IncidentService } from './incidents.service.js';

/** REST for incidents: list, open by hand, report, workflow, evidence, verification, export, attachments. */
@Module({
  controllers: [IncidentsController],
  providers: [
    incidentSettingsProvider,
    {
      provide: IncidentService,
      inject: [DB_POOL, AuditService, INCIDENT_SETTINGS, LiveBus],
      useFactory: (pool: Pool, audit: AuditService, settings: IncidentSettings, bus: LiveBus) =>
        new IncidentService(
          new IncidentRepository(pool),
          new EvidenceRepository(pool),
          new AttachmentRepository(pool),
          new AlertRepository(pool),
          audit,
          settings,
          bus,
        ),
    },
    {
      provide: IncidentEvidenceService,
      inject: [IncidentService, DB_POOL, AuditService, INCIDENT_SETTINGS],
      useFactory: (incidents: IncidentService, pool: Pool, audit: AuditService, settings: IncidentSettings) =>
        new IncidentEvidenceService(
          incidents,
          new EvidenceRepository(pool),
          new AttachmentRepository(pool),
          audit,
          settings,
        ),
    },
  ],
})
export class IncidentsModule {}
