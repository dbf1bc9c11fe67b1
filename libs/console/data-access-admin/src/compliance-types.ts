import type { AlertStatus } from '@fleet/alerts-model';
import type { PermitStatus } from '@fleet/registry-model';
import type { AlertKind, Severity } from '@fleet/rules';

/** Filters of `GET /api/v1/alerts`; `beforeId` pages backwards (alerts older than that id). */
export type AlertQuery = {
  status?: AlertStatus;
  severity?: Severity;
  kind?: AlertKind;
  vehicleId?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit?: number;
};

/** Unresolved (open or acknowledged) alerts in the caller's scope, by severity: the whole count, not one page's. */
export type UnresolvedAlertCounts = Record<Severity, number>;

/** Filters of `GET /api/v1/permits`. */
export type PermitQuery = { status?: PermitStatus; vehicleId?: string };

/** The status changes a regulator makes to a permit, each with a reason; the path segment of its endpoint. */
export type PermitAction = 'suspend' | 'reinstate' | 'revoke';
