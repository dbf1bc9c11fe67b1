import type { InitiatorName } from '@fleet/telemetry-contract';
import type { FaultLevel } from './facts.js';

/** Every kind of alert the rules produce. Stable names: stored in the database and translated by the console. */
export const ALERT_KINDS = [
  'geofence_exit',
  'outside_time_window',
  'over_speed',
  'no_active_permit',
  'permit_expired',
  'permit_suspended',
  'driverless_not_permitted',
  'safety_officer_missing',
  'remote_officer_overloaded',
  'communication_lost',
  'fault',
  'takeover_request',
  'disengagement',
  'minimal_risk_maneuver',
  'emergency_braking',
  'collision',
  'near_miss',
  'implausible_position',
  'clock_skew',
  'incident_overdue',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Ordered from least to most severe. */
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * `condition`: something that starts and ends (outside the zone, over speed…): raised once, cleared once.
 * `event`: something that happened once (collision…): raised only; people resolve it.
 */
export type AlertLifetime = 'condition' | 'event';

type KindRow = {
  lifetime: AlertLifetime;
  severity: Severity;
  /** Replaces `severity` for fault alerts, by GB/T 32960 level. */
  byFaultLevel?: Readonly<Record<Exclude<FaultLevel, 0>, Severity>>;
  /** Replaces `severity` for disengagements, by who ended automation. */
  byInitiator?: Readonly<Record<InitiatorName | 'unreported', Severity>>;
};

/**
 * The one table of severities and lifetimes. Critical means "act now": operating without a valid permit or
 * permission, a level-3 fault, a minimal-risk manoeuvre, a collision. Data-quality alerts are informational.
 */
export const ALERT_KIND_TABLE: { readonly [K in AlertKind]: KindRow } = {
  geofence_exit: { lifetime: 'condition', severity: 'warning' },
  outside_time_window: { lifetime: 'condition', severity: 'warning' },
  over_speed: { lifetime: 'condition', severity: 'warning' },
  no_active_permit: { lifetime: 'condition', severity: 'critical' },
  permit_expired: { lifetime: 'condition', severity: 'critical' },
  permit_suspended: { lifetime: 'condition', severity: 'critical' },
  driverless_not_permitted: { lifetime: 'condition', severity: 'critical' },
  safety_officer_missing: { lifetime: 'condition', severity: 'critical' },
  remote_officer_overloaded: { lifetime: 'condition', severity: 'warning' },
  communication_lost: { lifetime: 'condition', severity: 'warning' },
  // Level 1 "does not affect driving", 2 "limits driving", 3 "stop now / call rescue".
  fault: { lifetime: 'condition', severity: 'warning', byFaultLevel: { 1: 'info', 2: 'warning', 3: 'critical' } },
  takeover_request: { lifetime: 'condition', severity: 'warning' },
  // The system giving up is a finding; a human taking over early is routine (and counted in reports anyway).
  disengagement: {
    lifetime: 'event',
    severity: 'warning',
    byInitiator: {
      system: 'warning',
      safety_officer: 'info',
      remote_operator: 'info',
      passenger: 'warning',
      unreported: 'warning',
    },
  },
  minimal_risk_maneuver: { lifetime: 'condition', severity: 'critical' },
  emergency_braking: { lifetime: 'event', severity: 'warning' },
  collision: { lifetime: 'event', severity: 'critical' },
  near_miss: { lifetime: 'event', severity: 'warning' },
  implausible_position: { lifetime: 'condition', severity: 'info' },
  clock_skew: { lifetime: 'condition', severity: 'info' },
  // An incident's initial notice or analysis report is past its deadline (raised by the incidents context).
  incident_overdue: { lifetime: 'event', severity: 'warning' },
};

/** What refines a kind's severity: the fault level or the disengagement's initiator. */
export type SeverityQualifier = { faultLevel?: Exclude<FaultLevel, 0>; initiator?: InitiatorName | null };

/** Severity of an alert of this kind, refined by level or initiator where the table says so. */
export function severityOf(kind: AlertKind, qualifier: SeverityQualifier = {}): Severity {
  const row = ALERT_KIND_TABLE[kind];
  if (row.byFaultLevel && qualifier.faultLevel !== undefined) return row.byFaultLevel[qualifier.faultLevel];
  if (row.byInitiator && qualifier.initiator !== undefined) return row.byInitiator[qualifier.initiator ?? 'unreported'];
  return row.severity;
}

/** Numeric rank for comparing severities (info 0 < warning 1 < critical 2). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isAlertKind(value: unknown): value is AlertKind {
  return typeof value === 'string' && (ALERT_KINDS as readonly string[]).includes(value);
}
