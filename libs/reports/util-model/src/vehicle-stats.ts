import type { ControlModeName, InitiatorName } from '@fleet/telemetry-contract';
import type { ReportMeta } from './report-meta.js';

/** Who ended automation, with `unreported` for events that did not say. */
export type DisengagementInitiator = InitiatorName | 'unreported';

export const DISENGAGEMENT_INITIATORS: readonly DisengagementInitiator[] = [
  'system',
  'safety_officer',
  'remote_operator',
  'passenger',
  'unreported',
];

export type ModeFigures = { distanceKm: number; hours: number };

export type DisengagementFigures = {
  total: number;
  byInitiator: Record<DisengagementInitiator, number>;
  /** Disengagements per 1000 autonomous (automated-mode) km; null when no autonomous km were driven. */
  per1000AutonomousKm: number | null;
};

export type KindCount = { kind: string; count: number };

/**
 * The figures of one vehicle over a period. Autonomous = the automated control mode (L3/L4); assisted (L2) is
 * counted apart and never as autonomous.
 */
export type VehicleFigures = {
  vehicleId: string;
  vin: string;
  plate: string;
  enterpriseId: string;
  category: string;
  distanceKm: number;
  autonomousDistanceKm: number;
  assistedDistanceKm: number;
  autonomousHours: number;
  assistedHours: number;
  /** Time covered by samples (consecutive samples closer than the gap setting). */
  onlineHours: number;
  byMode: Record<ControlModeName, ModeFigures>;
  maxSpeedKph: number | null;
  meanSpeedKph: number | null;
  disengagements: DisengagementFigures;
  takeoverRequests: { count: number; meanResponseS: number | null };
  alertsByKind: KindCount[];
  incidentsByKind: KindCount[];
  /** Alerts whose kind counts as a violation of the permit (see the promotion thresholds). */
  violations: number;
  atFaultIncidents: number;
};

/** `GET /api/v1/vehicles/{id}/stats?from=&to=` */
export type VehicleStats = VehicleFigures & ReportMeta;
