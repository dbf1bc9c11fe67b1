import { ComplianceModule } from '@fleet/compliance';
import { IncidentCaptureModule } from '@fleet/incidents';
import { IngestModule, type IngestSettings } from '@fleet/ingest';
import { CoreModule, OpsModule, type CoreServices } from '@fleet/ops';
import { Module, type DynamicModule } from '@nestjs/common';

/**
 * The ingest service alone: MQTT consumer, the live rules and incident capture (next to the data they judge),
 * /health and /metrics.
 */
@Module({})
export class IngestAppModule {
  static register(core: CoreServices, settings: IngestSettings & { clientId: string }): DynamicModule {
    return {
      module: IngestAppModule,
      imports: [
        CoreModule.forRoot(core),
        OpsModule,
        IngestModule.register(settings),
        ComplianceModule,
        IncidentCaptureModule,
      ],
    };
  }
}
