import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';

/** Autonomous metres and seconds a vehicle drove starting inside one small grid cell. */
export type AutonomousCell = { vehicleId: string; cellLat: number; cellLon: number; metres: number; seconds: number };

export type DisengagementLogRow = {
  time: Date;
  vehicleId: string;
  vin: string;
  category: string;
  enterpriseId: string;
  enterpriseNameEn: string;
  enterpriseNameZh: string;
  driverlessCapable: boolean;
  initiator: number | null;
  detail: string;
  /** Safety officer on board per the last sample at or before the event (null when no sample). */
  safetyOfficerId: string | null;
  hadSample: boolean;
  permitId: string | null;
};

/**
 * The few report queries that must read raw rows: place-dependent figures (inside which zone), which the hourly
 * aggregates do not keep, and the per-event disengagement log.
 */
export class ReportRawRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Automated-mode segments (same pairing, gap and jump rules as the refresher) summed per small grid cell of
   * their start point, so zone membership is decided once per cell in code (no PostGIS needed).
   */
  async autonomousCells(
    vehicleIds: string[],
    fromMs: number,
    toMs: number,
    settings: { zoneCellDeg: number; gapS: number; maxSpeedMps: number },
  ): Promise<AutonomousCell[]> {
    if (vehicleIds.length === 0) return [];
    const rows = await this.db.query<{ vehicle_id: string; cy: number; cx: number; m: number; s: number }>(
      `WITH s AS (
         SELECT vehicle_id, time, lat_deg, lon_deg,
                lag(time) OVER w AS p_time, lag(lat_deg) OVER w AS p_lat, lag(lon_deg) OVER w AS p_lon,
                lag(control_mode) OVER w AS p_mode
           FROM telemetry_samples
          WHERE vehicle_id = ANY($1::text[]) AND time >= $2::timestamptz - make_interval(secs => $5) AND time < $3
         WINDOW w AS (PARTITION BY vehicle_id ORDER BY time)
       ), g AS (
         SELECT vehicle_id, p_lat, p_lon, extract(epoch FROM time - p_time)::float8 AS dt,
                report_haversine_m(p_lat, p_lon, lat_deg, lon_deg) AS d
           FROM s
          WHERE time >= $2 AND p_mode = 3 AND time - p_time <= make_interval(secs => $5)
       )
       SELECT vehicle_id, floor(p_lat / $4)::int AS cy, floor(p_lon / $4)::int AS cx,
              sum(d)::float8 AS m, sum(dt)::float8 AS s
         FROM g WHERE dt > 0 AND d <= dt * $6
        GROUP BY 1, 2, 3`,
      [vehicleIds, new Date(fromMs), new Date(toMs), settings.zoneCellDeg, settings.gapS, settings.maxSpeedMps],
    );
    return rows.rows.map((r) => ({ vehicleId: r.vehicle_id, cellLat: r.cy, cellLon: r.cx, metres: r.m, seconds: r.s }));
  }

  /** Disengagement events in [from, to) for the vehicles in scope, oldest first. */
  async disengagements(scope: DataScope, enterpriseId: string | null, fromMs: number, toMs: number) {
    const rows = await this.db.query<{
      time: Date;
      vehicle_id: string;
      vin: string;
      category: string;
      enterprise_id: string;
      name_en: string;
      name_zh: string;
      driverless_capable: boolean;
      initiator: number | null;
      detail: string;
      safety_officer_id: string | null;
      had_sample: boolean;
      permit_id: string | null;
    }>(
      `SELECT e.time, e.vehicle_id, v.vin, v.category, v.enterprise_id, n.name_en, n.name_zh, v.driverless_capable,
              e.initiator, e.detail, s.safety_officer_id, s.time IS NOT NULL AS had_sample, p.id AS permit_id
         FROM vehicle_events e
         JOIN vehicles v ON v.id = e.vehicle_id
         JOIN enterprises n ON n.id = v.enterprise_id
         LEFT JOIN LATERAL (
           SELECT time, nullif(safety_officer_id, '') AS safety_officer_id FROM telemetry_samples t
            WHERE t.vehicle_id = e.vehicle_id AND t.time <= e.time AND t.time > e.time - INTERVAL '1 minute'
            ORDER BY t.time DESC LIMIT 1
         ) s ON true
         LEFT JOIN LATERAL (
           SELECT pm.id FROM permit_vehicles pv JOIN permits pm ON pm.id = pv.permit_id
            WHERE pv.vehicle_id = e.vehicle_id AND pm.valid_from <= e.time AND pm.valid_to > e.time
            ORDER BY pm.valid_from DESC LIMIT 1
         ) p ON true
        WHERE e.kind = 2 AND e.time >= $1 AND e.time < $2
          AND ($3::text IS NULL OR v.enterprise_id = $3) AND ($4::text IS NULL OR v.enterprise_id = $4)
        ORDER BY e.time, e.vehicle_id`,
      [new Date(fromMs), new Date(toMs), enterpriseParam(scope), enterpriseId],
    );
    return rows.rows.map((r): DisengagementLogRow => ({
      time: r.time,
      vehicleId: r.vehicle_id,
      vin: r.vin,
      category: r.category,
      enterpriseId: r.enterprise_id,
      enterpriseNameEn: r.name_en,
      enterpriseNameZh: r.name_zh,
      driverlessCapable: r.driverless_capable,
      initiator: r.initiator,
      detail: r.detail,
      safetyOfficerId: r.safety_officer_id,
      hadSample: r.had_sample,
      permitId: r.permit_id,
    }));
  }

  /** Enterprise names, for report headers; undefined when not in scope or unknown. */
  async enterprise(scope: DataScope, id: string): Promise<{ nameZh: string; nameEn: string } | undefined> {
    const rows = await this.db.query<{ name_zh: string; name_en: string }>(
      `SELECT name_zh, name_en FROM enterprises WHERE id = $1 AND ($2::text IS NULL OR id = $2)`,
      [id, enterpriseParam(scope)],
    );
    const row = rows.rows[0];
    return row && { nameZh: row.name_zh, nameEn: row.name_en };
  }

  /** Counts of violation alerts and incidents of one vehicle in [from, to). */
  async promotionCounts(
    vehicleId: string,
    fromMs: number,
    toMs: number,
    violationKinds: readonly string[],
  ): Promise<{ violations: number; atFault: number; undetermined: number }> {
    const rows = await this.db.query<{ violations: number; at_fault: number; undetermined: number }>(
      `SELECT (SELECT count(*)::int FROM alerts
                WHERE vehicle_id = $1 AND raised_at >= $2 AND raised_at < $3 AND kind = ANY($4::text[])) AS violations,
              (SELECT count(*)::int FROM incidents
                WHERE vehicle_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND at_fault) AS at_fault,
              (SELECT count(*)::int FROM incidents
                WHERE vehicle_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND at_fault IS NULL) AS undetermined`,
      [vehicleId, new Date(fromMs), new Date(toMs), [...violationKinds]],
    );
    const row = rows.rows[0];
    return { violations: row?.violations ?? 0, atFault: row?.at_fault ?? 0, undetermined: row?.undetermined ?? 0 };
  }

  /** The vehicle's enterprise when it is in scope. */
  async vehicleEnterprise(scope: DataScope, vehicleId: string): Promise<string | undefined> {
    const rows = await this.db.query<{ enterprise_id: string }>(
      `SELECT enterprise_id FROM vehicles WHERE id = $1 AND ($2::text IS NULL OR enterprise_id = $2)`,
      [vehicleId, enterpriseParam(scope)],
    );
    return rows.rows[0]?.enterprise_id;
  }

  /** VIN per vehicle id. */
  async vins(vehicleIds: string[]): Promise<Map<string, string>> {
    if (vehicleIds.length === 0) return new Map();
    const rows = await this.db.query<{ id: string; vin: string }>(
      `SELECT id, vin FROM vehicles WHERE id = ANY($1::text[])`,
      [vehicleIds],
    );
    return new Map(rows.rows.map((r) => [r.id, r.vin]));
  }
}
