import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import type { VehicleEventView } from '@fleet/fleet-model';
import { CONTROL_MODES, enumName, EVENT_KINDS, INITIATORS } from '@fleet/telemetry-contract';

type EventRow = {
  time_ms: number;
  kind: number;
  initiator: number | null;
  lat_deg: number | null;
  lon_deg: number | null;
  speed_mps: number | null;
  control_mode: number | null;
  fault_level: number | null;
  detail: string;
};

/** Reads the events a vehicle reported, for replay timelines and incident review. */
export class VehicleEventRepository {
  constructor(private readonly db: Queryable) {}

  /** Oldest first, at most `limit`; empty when the vehicle is outside the scope. */
  async inRange(
    scope: DataScope,
    vehicleId: string,
    fromMs: number,
    toMs: number,
    limit: number,
  ): Promise<VehicleEventView[]> {
    const result = await this.db.query<EventRow>(
      `SELECT (extract(epoch FROM time) * 1000)::float8 AS time_ms, kind, initiator, lat_deg, lon_deg, speed_mps,
              control_mode, fault_level, detail
         FROM vehicle_events
        WHERE vehicle_id = $1 AND time >= to_timestamp($2 / 1000.0) AND time < to_timestamp($3 / 1000.0)
          AND EXISTS (SELECT 1 FROM vehicles v WHERE v.id = $1 AND ($5::text IS NULL OR v.enterprise_id = $5))
        ORDER BY time, seq LIMIT $4`,
      [vehicleId, fromMs, toMs, limit, enterpriseParam(scope)],
    );
    return result.rows.flatMap((row) => {
      // Stored kinds were validated on the way in; a kind newer than this code is skipped rather than mislabelled.
      const kind = enumName(EVENT_KINDS, row.kind);
      return kind === undefined ? [] : [toView(row, kind)];
    });
  }
}

function toView(row: EventRow, kind: VehicleEventView['kind']): VehicleEventView {
  return {
    timeMs: row.time_ms,
    kind,
    initiator: enumName(INITIATORS, row.initiator) ?? null,
    latDeg: row.lat_deg,
    lonDeg: row.lon_deg,
    speedMps: row.speed_mps,
    controlMode: enumName(CONTROL_MODES, row.control_mode) ?? null,
    faultLevel: row.fault_level,
    detail: row.detail,
  };
}
