import { AlertRepository } from '@fleet/alerts-data';
import { AuditService } from '@fleet/auth';
import { LiveBus } from '@fleet/live-bus';
import { repositoryProvider } from '@fleet/ops';
import { Module } from '@nestjs/common';
import { AlertWorkflowService } from './alert-workflow.service.js';
import { AlertsController } from './alerts.controller.js';

/** REST for listing alerts and the people's steps on them. */
@Module({
  controllers: [AlertsController],
  providers: [
    repositoryProvider(AlertRepository),
    {
      provide: AlertWorkflowService,
      inject: [AlertRepository, AuditService, LiveBus],
      useFactory: (alerts: AlertRepository, audit: AuditService, bus: LiveBus) =>
        new AlertWorkflowService(alerts, audit, bus),
    },
  ],
})
export class AlertsModule {}
