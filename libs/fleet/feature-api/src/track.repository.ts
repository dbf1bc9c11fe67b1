import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import type { TrackPoint } from '@fleet/fleet-model';
import { CONTROL_MODES, enumName } from '@fleet/telemetry-contract';

type TrackRow = {
  time_ms: number;
  lat_deg: number;
  lon_deg: number;
  speed_mps: number;
  heading_deg: number;
  accel_mps2: number;
  control_mode: number;
};

const COLUMNS = `(extract(epoch FROM time) * 1000)::float8 AS time_ms, lat_deg, lon_deg, speed_mps, heading_deg, accel_mps2, control_mode`;

/** The vehicle is in the caller's scope ($5: enterprise id or null); otherwise the track is empty. */
const IN_SCOPE = `EXISTS (SELECT 1 FROM vehicles v WHERE v.id = $1 AND ($5::text IS NULL OR v.enterprise_id = $5))`;

/** Reads a vehicle's history. `date_bin` works on TimescaleDB and plain PostgreSQL alike. */
export class TrackRepository {
  constructor(private readonly db: Queryable) {}

  async raw(scope: DataScope, vehicleId: string, fromMs: number, toMs: number, limit: number): Promise<TrackPoint[]> {
    const result = await this.db.query<TrackRow>(
      `SELECT ${COLUMNS} FROM telemetry_samples
        WHERE vehicle_id = $1 AND time >= to_timestamp($2 / 1000.0) AND time < to_timestamp($3 / 1000.0)
          AND ${IN_SCOPE}
        ORDER BY time LIMIT $4`,
      [vehicleId, fromMs, toMs, limit, enterpriseParam(scope)],
    );
    return result.rows.map(toPoint);
  }

  /** One real sample per bucket (the last one), so the line follows roads rather than averaging across them. */
  async downsampled(
    scope: DataScope,
    vehicleId: string,
    fromMs: number,
    toMs: number,
    bucketMs: number,
  ): Promise<TrackPoint[]> {
    const result = await this.db.query<TrackRow>(
      `SELECT time_ms, lat_deg, lon_deg, speed_mps, heading_deg, accel_mps2, control_mode FROM (
         SELECT DISTINCT ON (date_bin(make_interval(secs => $4 / 1000.0), time, to_timestamp(0))) ${COLUMNS}
           FROM telemetry_samples
          WHERE vehicle_id = $1 AND time >= to_timestamp($2 / 1000.0) AND time < to_timestamp($3 / 1000.0)
            AND ${IN_SCOPE}
          ORDER BY date_bin(make_interval(secs => $4 / 1000.0), time, to_timestamp(0)), time DESC
       ) b ORDER BY time_ms`,
      [vehicleId, fromMs, toMs, bucketMs, enterpriseParam(scope)],
    );
    return result.rows.map(toPoint);
  }
}

function toPoint(row: TrackRow): TrackPoint {
  return {
    timeMs: row.time_ms,
    latDeg: row.lat_deg,
    lonDeg: row.lon_deg,
    speedMps: row.speed_mps,
    headingDeg: row.heading_deg,
    accelMps2: row.accel_mps2,
    // Stored modes were validated on the way in.
    controlMode: enumName(CONTROL_MODES, row.control_mode) ?? 'manual',
  };
}
