import { EnterpriseRepository, VehicleRegistryRepository } from '@fleet/fleet-registry';
import { repositoryProvider } from '@fleet/ops';
import { Module } from '@nestjs/common';
import { DeadLetterRepository } from './dead-letter.repository.js';
import { DeadLettersController } from './dead-letters.controller.js';
import { EnterprisesController } from './enterprises.controller.js';
import { TrackRepository } from './track.repository.js';
import { VehicleEventRepository } from './vehicle-event.repository.js';
import { VehiclesController } from './vehicles.controller.js';

/** REST of the fleet: enterprises and vehicles (registration, latest state), tracks, events, dead letters. */
@Module({
  controllers: [VehiclesController, EnterprisesController, DeadLettersController],
  providers: [
    repositoryProvider(VehicleRegistryRepository),
    repositoryProvider(EnterpriseRepository),
    repositoryProvider(TrackRepository),
    repositoryProvider(VehicleEventRepository),
    repositoryProvider(DeadLetterRepository),
  ],
  exports: [VehicleRegistryRepository],
})
export class FleetApiModule {}
