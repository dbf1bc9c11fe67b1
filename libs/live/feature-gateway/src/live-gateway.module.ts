import type { Queryable } from '@fleet/db';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { DB_POOL } from '@fleet/ops';
import { Module } from '@nestjs/common';
import { LiveGateway } from './live.gateway.js';

/** socket.io push of the live fleet, fed from the live bus. */
@Module({
  providers: [
    LiveGateway,
    {
      provide: VehicleRegistryRepository,
      inject: [DB_POOL],
      useFactory: (db: Queryable) => new VehicleRegistryRepository(db),
    },
  ],
})
export class LiveGatewayModule {}
