import { AlertsModule } from '@fleet/alerts';
import { ComplianceModule } from '@fleet/compliance';
import { RegistryModule } from '@fleet/registry';
import { AuthModule } from '@fleet/auth';
import { FleetApiModule } from '@fleet/fleet-api';
import { IncidentCaptureModule, IncidentsModule } from '@fleet/incidents';
import { IngestModule, type IngestSettings } from '@fleet/ingest';
import { LiveGatewayModule } from '@fleet/live-gateway';
import { CoreModule, OpsModule, type CoreServices } from '@fleet/ops';
import { ReportsModule } from '@fleet/reports';
import { Module, type DynamicModule } from '@nestjs/common';

/** Everything in one process: ingest, REST, live push. The embedded database's single connection is shared. */
@Module({})
export class PlatformModule {
  static register(core: CoreServices, ingest: IngestSettings & { clientId: string }): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        CoreModule.forRoot(core),
        AuthModule,
        OpsModule,
        IngestModule.register(ingest),
        FleetApiModule,
        RegistryModule,
        AlertsModule,
        ComplianceModule,
        IncidentsModule,
        IncidentCaptureModule,
        ReportsModule.register(),
        LiveGatewayModule,
      ],
    };
  }
}
