import { AuditService } from '@fleet/auth';
import { LiveBus } from '@fleet/live-bus';
import { repositoryProvider } from '@fleet/ops';
import { PermitRepository, SafetyOfficerRepository, ZoneRepository } from '@fleet/registry-data';
import { Module } from '@nestjs/common';
import { PermitService } from './permit.service.js';
import { PermitsController } from './permits.controller.js';
import { SafetyOfficersController } from './safety-officers.controller.js';
import { ZonesController } from './zones.controller.js';

/** The regulator's registry: zones, permits and safety officers. */
@Module({
  controllers: [PermitsController, ZonesController, SafetyOfficersController],
  providers: [
    repositoryProvider(PermitRepository),
    repositoryProvider(ZoneRepository),
    repositoryProvider(SafetyOfficerRepository),
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
