import { AuditService } from '@fleet/auth';
import type { Queryable } from '@fleet/db';
import { LiveBus } from '@fleet/live-bus';
import { DB_POOL } from '@fleet/ops';
import { PermitRepository, SafetyOfficerRepository, ZoneRepository } from '@fleet/registry-data';
import { Module } from '@nestjs/common';
import { PermitService } from './permit.service.js';
import { PermitsController } from './permits.controller.js';
import { SafetyOfficersController } from './safety-officers.controller.js';
import { ZonesController } from './zones.controller.js';

const repository = <T>(make: new (db: Queryable) => T) => ({
  provide: make,
  inject: [DB_POOL],
  useFactory: (db: Queryable) => new make(db),
});

/** The regulator's registry: zones, permits and safety officers. */
@Module({
  controllers: [PermitsController, ZonesController, SafetyOfficersController],
  providers: [
    repository(PermitRepository),
    repository(ZoneRepository),
    repository(SafetyOfficerRepository),
    {
      provide: PermitService,
      inject: [PermitRepository, ZoneRepository, AuditService, LiveBus],
      useFactory: (permits: PermitRepository, zones: ZoneRepository, audit: AuditService, bus: LiveBus) =>
        new PermitService(permits, zones, audit, bus),
    },
  ],
  exports: [PermitRepository, ZoneRepository],
})
export class RegistryModule {}
