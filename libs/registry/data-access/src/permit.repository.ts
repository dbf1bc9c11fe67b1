import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import type { NewPermit, Permit, PermitStatus, TimeWindow } from '@fleet/registry-model';

type PermitRow = {
  id: string;
  enterprise_id: string;
  stage: Permit['stage'];
  vehicle_ids: string[];
  zone_ids: string[];
  time_windows: TimeWindow[];
  speed_cap_kph: number;
  weather_note: string;
  valid_from: Date;
  valid_to: Date;
  insured_amount_cny: string;
  safety_officer_required: boolean;
  driverless_allowed: boolean;
  status: PermitStatus;
  status_reason: string | null;
  status_changed_at: Date | null;
  status_changed_by: string | null;
};

const SELECT = `
  SELECT p.*,
         coalesce((SELECT array_agg(vehicle_id ORDER BY vehicle_id) FROM permit_vehicles WHERE permit_id = p.id), '{}') AS vehicle_ids,
         coalesce((SELECT array_agg(zone_id ORDER BY zone_id) FROM permit_zones WHERE permit_id = p.id), '{}') AS zone_ids
    FROM permits p`;

/** Permits, scoped by enterprise like every fleet read: an operator sees and acts on its own permits only. */
export class PermitRepository {
  constructor(private readonly db: Queryable) {}

  async list(scope: DataScope, filter: { status?: PermitStatus; vehicleId?: string } = {}): Promise<Permit[]> {
    const result = await this.db.query<PermitRow>(
      `${SELECT}
        WHERE ($1::text IS NULL OR p.enterprise_id = $1)
          AND ($2::text IS NULL OR p.status = $2)
          AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM permit_vehicles pv WHERE pv.permit_id = p.id AND pv.vehicle_id = $3))
        ORDER BY p.id`,
      [enterpriseParam(scope), filter.status ?? null, filter.vehicleId ?? null],
    );
    return result.rows.map(toPermit);
  }

  async get(scope: DataScope, id: string): Promise<Permit | undefined> {
    const result = await this.db.query<PermitRow>(
      `${SELECT} WHERE p.id = $1 AND ($2::text IS NULL OR p.enterprise_id = $2)`,
      [id, enterpriseParam(scope)],
    );
    return result.rows[0] && toPermit(result.rows[0]);
  }

  /** Stores a permit with its vehicles and zones in one statement; false when the id is taken. */
  async create(permit: NewPermit): Promise<boolean> {
    const result = await this.db.query(
      `WITH permit AS (
         INSERT INTO permits (id, enterprise_id, stage, time_windows, speed_cap_kph, weather_note, valid_from, valid_to,
                              insured_amount_cny, safety_officer_required, driverless_allowed)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING RETURNING id),
       vehicles AS (INSERT INTO permit_vehicles (permit_id, vehicle_id)
                    SELECT permit.id, v FROM permit, unnest($12::text[]) v),
       zones AS (INSERT INTO permit_zones (permit_id, zone_id) SELECT permit.id, z FROM permit, unnest($13::text[]) z)
       SELECT id FROM permit`,
      [
        permit.id,
        permit.enterpriseId,
        permit.stage,
        JSON.stringify(permit.timeWindows),
        permit.speedCapKph,
        permit.weatherNote,
        permit.validFrom,
        permit.validTo,
        permit.insuredAmountCny,
        permit.safetyOfficerRequired,
        permit.driverlessAllowed,
        permit.vehicleIds,
        permit.zoneIds,
      ],
    );
    return (result.rowCount ?? 0) > 0;
  }

  /** Moves a permit to a status with the reason and who did it; undefined when it is not in the scope. */
  async setStatus(
    scope: DataScope,
    id: string,
    status: PermitStatus,
    reason: string,
    changedBy: string,
  ): Promise<Permit | undefined> {
    const result = await this.db.query(
      `UPDATE permits SET status = $3, status_reason = $4, status_changed_at = now(), status_changed_by = $5
        WHERE id = $1 AND ($2::text IS NULL OR enterprise_id = $2)`,
      [id, enterpriseParam(scope), status, reason, changedBy],
    );
    return (result.rowCount ?? 0) > 0 ? this.get(scope, id) : undefined;
  }

  /** Vehicles of the given ids that belong to another enterprise than the permit's (a permit binds its own fleet). */
  async foreignVehicles(enterpriseId: string, vehicleIds: string[]): Promise<string[]> {
    const result = await this.db.query<{ id: string }>(
      `SELECT v.id FROM unnest($2::text[]) AS v(id)
        WHERE NOT EXISTS (SELECT 1 FROM vehicles x WHERE x.id = v.id AND x.enterprise_id = $1)`,
      [enterpriseId, vehicleIds],
    );
    return result.rows.map((r) => r.id);
  }
}

function toPermit(row: PermitRow): Permit {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    stage: row.stage,
    vehicleIds: row.vehicle_ids,
    zoneIds: row.zone_ids,
    timeWindows: row.time_windows,
    speedCapKph: row.speed_cap_kph,
    weatherNote: row.weather_note,
    validFrom: row.valid_from.toISOString(),
    validTo: row.valid_to.toISOString(),
    insuredAmountCny: Number(row.insured_amount_cny),
    safetyOfficerRequired: row.safety_officer_required,
    driverlessAllowed: row.driverless_allowed,
    status: row.status,
    statusReason: row.status_reason,
    statusChangedAt: row.status_changed_at?.toISOString() ?? null,
    statusChangedBy: row.status_changed_by,
  };
}
