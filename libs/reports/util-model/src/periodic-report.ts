import type { DisengagementFigures, KindCount, VehicleFigures } from './vehicle-stats.js';
import type { ReportMeta } from './report-meta.js';

export type ReportTotals = {
  vehicles: number;
  distanceKm: number;
  autonomousDistanceKm: number;
  assistedDistanceKm: number;
  autonomousHours: number;
  disengagements: DisengagementFigures;
  violations: number;
  incidents: number;
  atFaultIncidents: number;
};

/** Autonomous figures inside one approved zone (a zone of one of the enterprise's permits). */
export type ZoneFigures = {
  zoneId: string;
  nameZh: string;
  nameEn: string;
  autonomousKm: number;
  autonomousHours: number;
};

/** Figures rolled up per vehicle category (robotaxi, bus…). */
export type CategoryFigures = {
  category: string;
  vehicles: number;
  distanceKm: number;
  autonomousKm: number;
  autonomousHours: number;
};

/**
 * `GET /api/v1/reports/periodic?enterprise=&from=&to=` (default: the last six months) and
 * `GET /api/v1/reports/end-of-test?permit=` (the permit's whole validity). CSV: the same URLs with `.csv`.
 */
export type PeriodicReport = {
  meta: ReportMeta;
  kind: 'periodic' | 'end_of_test';
  enterpriseId: string;
  enterpriseNameZh: string;
  enterpriseNameEn: string;
  /** Set for an end-of-test summary. */
  permitId: string | null;
  totals: ReportTotals;
  vehicles: VehicleFigures[];
  byZone: ZoneFigures[];
  byCategory: CategoryFigures[];
  incidentsByKind: KindCount[];
};

/** Columns of the periodic CSV, in order (one row per vehicle). */
export const PERIODIC_CSV_COLUMNS = [
  'enterprise_id',
  'vehicle_id',
  'vin',
  'plate',
  'category',
  'distance_km',
  'autonomous_km',
  'assisted_km',
  'autonomous_hours',
  'online_hours',
  'disengagements',
  'disengagements_system',
  'disengagements_safety_officer',
  'disengagements_remote_operator',
  'disengagements_passenger',
  'disengagements_unreported',
  'disengagements_per_1000_autonomous_km',
  'takeover_requests',
  'violations',
  'incidents',
  'at_fault_incidents',
] as const;

/**
 * Columns of `GET /api/v1/reports/disengagements.csv?from=&to=`: California DMV's disengagement report shape,
 * one row per disengagement event.
 */
export const DISENGAGEMENT_CSV_COLUMNS = [
  'Manufacturer',
  'Permit Number',
  'DATE',
  'VIN NUMBER',
  'VEHICLE IS CAPABLE OF OPERATING WITHOUT A DRIVER',
  'DRIVER PRESENT',
  'DISENGAGEMENT INITIATED BY',
  'DISENGAGEMENT LOCATION',
  'DESCRIPTION OF FACTS CAUSING DISENGAGEMENT',
] as const;
