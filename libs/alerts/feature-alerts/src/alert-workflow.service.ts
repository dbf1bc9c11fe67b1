import type { AlertRepository } from '@fleet/alerts-data';
import type { AlertView } from '@fleet/alerts-model';
import type { AuditService, Principal, RequestOrigin } from '@fleet/auth';
import type { DataScope } from '@fleet/auth-model';
import { ApiError } from '@fleet/http';
import type { LiveBus } from '@fleet/live-bus';

export const ALERT_STEPS = ['acknowledge', 'resolve'] as const;
export type AlertStep = (typeof ALERT_STEPS)[number];

/** People's steps on an alert: acknowledge (who, when, note), then resolve. Audited and pushed live. */
export class AlertWorkflowService {
  constructor(
    private readonly alerts: AlertRepository,
    private readonly audit: AuditService,
    private readonly bus: LiveBus,
  ) {}

  async step(
    step: AlertStep,
    principal: Principal,
    scope: DataScope,
    id: number,
    note: string,
    origin: RequestOrigin,
  ): Promise<AlertView> {
    const changed =
      step === 'acknowledge'
        ? await this.alerts.acknowledge(scope, id, principal.username, note)
        : await this.alerts.resolve(scope, id, principal.username, note);
    if (!changed) {
      const current = await this.alerts.get(scope, id);
      if (!current) throw new ApiError('not_found', `alert ${id} not found`);
      throw new ApiError('conflict', `an ${current.status} alert cannot be ${step}d`);
    }
    await this.audit.record(principal, origin, {
      action: `alert.${step}`,
      target: { type: 'alert', id: String(id) },
      details: { vehicleId: changed.vehicleId, kind: changed.kind, note },
    });
    this.bus.publish({ type: 'alerts-changed', alerts: [changed] });
    return changed;
  }
}
