import type { AlertStatus } from '@fleet/alerts-model';
import type { AlertKind, Severity } from '@fleet/rules';

/** What the alert history is narrowed to; empty means every alert in the role's scope. */
export type AlertHistoryFilter = {
  status?: AlertStatus;
  severity?: Severity;
  kind?: AlertKind;
  vehicleId?: string;
  from?: Date;
  to?: Date;
};
