import type { AlertKind, Severity } from '@fleet/rules';

export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** An alert as the API and the console see it. */
export type AlertView = {
  id: number;
  vehicleId: string;
  enterpriseId: string;
  kind: AlertKind;
  severity: Severity;
  status: AlertStatus;
  raisedAt: string;
  lastRaisedAt: string;
  occurrences: number;
  detail: string;
  facts: Record<string, unknown>;
  latDeg: number | null;
  lonDeg: number | null;
  permitId: string | null;
  /** The condition is over (the vehicle is back in its zone…); someone still has to resolve the alert. */
  clearedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgeNote: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolveNote: string | null;
  /** A critical alert nobody acknowledged in time. */
  escalatedAt: string | null;
};
