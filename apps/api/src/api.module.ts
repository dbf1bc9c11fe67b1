import { AlertsModule } from '@fleet/alerts';
import { RegistryModule } from '@fleet/registry';
import { AuthModule } from '@fleet/auth';
import { FleetApiModule } from '@fleet/fleet-api';
import { IncidentsModule } from '@fleet/incidents';
import { LiveGatewayModule } from '@fleet/live-gateway';
import { CoreModule, OpsModule, type CoreServices } from '@fleet/ops';
import { ReportsModule } from '@fleet/reports';
import { Module, type DynamicModule } from '@nestjs/common';

/** The API service alone: REST, OpenAPI, socket.io live push and the console. */
@Module({})
export class ApiModule {
  static register(core: CoreServices): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(core),
        AuthModule,
        OpsModule,
        FleetApiModule,
        RegistryModule,
        AlertsModule,
        IncidentsModule,
        ReportsModule.register(),
        LiveGatewayModule,
      ],
    };
  }
}
