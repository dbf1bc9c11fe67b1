import type { DisengagementInitiator, KindCount } from './vehicle-stats.js';
import type { ReportMeta } from './report-meta.js';

export type DashboardKpis = {
  vehicles: number;
  /** Vehicles that sent data in the period. */
  activeVehicles: number;
  distanceKm: number;
  autonomousKm: number;
  autonomousHours: number;
  disengagements: number;
  disengagementsPer1000Km: number | null;
  alerts: number;
  incidents: number;
};

export type DisengagementRate = { initiator: DisengagementInitiator; count: number; per1000Km: number | null };

/** `GET /api/v1/reports/dashboard?from=&to=&enterprise=`; `today` is the current local (UTC+8) day. */
export type Dashboard = {
  meta: ReportMeta;
  kpis: { today: DashboardKpis; range: DashboardKpis };
  /** `day` is a local (UTC+8) calendar day, `YYYY-MM-DD`. */
  autonomousKmPerDay: { day: string; enterpriseId: string; km: number }[];
  disengagementRates: DisengagementRate[];
  alertsByKind: KindCount[];
  incidentsByKind: KindCount[];
  /** Vehicles that sent data in each hour (ISO start of the hour). */
  vehiclesOnline: { time: string; online: number }[];
};

/** `GET /api/v1/reports/coverage?from=&to=&enterprise=`: autonomous km per grid cell (`lat`/`lon` = cell south-west corner). */
export type Coverage = {
  meta: ReportMeta;
  cellDeg: number;
  cells: { lat: number; lon: number; autonomousKm: number }[];
};
