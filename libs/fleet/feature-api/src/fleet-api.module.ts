import type { Queryable } from '@fleet/db';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { DB_POOL } from '@fleet/ops';
import { Module } from '@nestjs/common';
import { DeadLetterRepository } from './dead-letter.repository.js';
import { DeadLettersController } from './dead-letters.controller.js';
import { TrackRepository } from './track.repository.js';
import { VehiclesController } from './vehicles.controller.js';

const repository = <T>(make: new (db: Queryable) => T) => ({
  provide: make,
  inject: [DB_POOL],
  useFactory: (db: Queryable) => new make(db),
});

/** REST reads of the fleet: registry with latest state, tracks, dead letters. */
@Module({
  controllers: [VehiclesController, DeadLettersController],
  providers: [repository(VehicleRegistryRepository), repository(TrackRepository), repository(DeadLetterRepository)],
  exports: [VehicleRegistryRepository],
})
export class FleetApiModule {}
