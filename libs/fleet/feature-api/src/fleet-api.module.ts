import type { Queryable } from '@fleet/db';
import { EnterpriseRepository, VehicleRegistryRepository } from '@fleet/fleet-registry';
import { DB_POOL } from '@fleet/ops';
import { Module } from '@nestjs/common';
import { DeadLetterRepository } from './dead-letter.repository.js';
import { DeadLettersController } from './dead-letters.controller.js';
import { EnterprisesController } from './enterprises.controller.js';
import { TrackRepository } from './track.repository.js';
import { VehiclesController } from './vehicles.controller.js';

const repository = <T>(make: new (db: Queryable) => T) => ({
  provide: make,
  inject: [DB_POOL],
  useFactory: (db: Queryable) => new make(db),
});

/** REST of the fleet: enterprises and vehicles (registration, latest state), tracks, dead letters. */
@Module({
  controllers: [VehiclesController, EnterprisesController, DeadLettersController],
  providers: [
    repository(VehicleRegistryRepository),
    repository(EnterpriseRepository),
    repository(TrackRepository),
    repository(DeadLetterRepository),
  ],
  exports: [VehicleRegistryRepository],
})
export class FleetApiModule {}
