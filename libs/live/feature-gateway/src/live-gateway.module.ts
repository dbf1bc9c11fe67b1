import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { repositoryProvider } from '@fleet/ops';
import { Module } from '@nestjs/common';
import { LiveGateway } from './live.gateway.js';

/** socket.io push of the live fleet, fed from the live bus. */
@Module({
  providers: [LiveGateway, repositoryProvider(VehicleRegistryRepository)],
})
export class LiveGatewayModule {}
