import { CONTROL_MODES, enumName } from '@fleet/telemetry-contract';
import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import { isVehicleCategory, type VehicleCategory, type VehicleRecord, type VehicleSummary } from '@fleet/fleet-model';

export type EnterpriseRecord = { id: string; nameZh: string; nameEn: string };
export type VehicleListFilter = { search?: string; limit: number; offset: number };

type SummaryRow = {
  id: string;
  vin: string;
  plate: string;
  category: string;
  automation_level: number;
  driverless_capable: boolean;
  enterprise_id: string;
  enterprise_name: string;
  time_ms: number | null;
  received_ms: number | null;
  lat_deg: number | null;
  lon_deg: number | null;
  speed_mps: number | null;
  heading_deg: number | null;
  accel_mps2: number | null;
  control_mode: number | null;
  fault_level: number | null;
  battery_soc_pct: number | null;
  odometer_km: number | null;
  safety_officer_id: string | null;
  passengers: number | null;
  online: boolean | null;
};

const SUMMARY_SELECT = `
  SELECT v.id, v.vin, v.plate, v.category, v.automation_level, v.driverless_capable, v.enterprise_id,
         e.name_zh AS enterprise_name,
         (extract(epoch FROM s.time) * 1000)::float8 AS time_ms,
         (extract(epoch FROM s.received_at) * 1000)::float8 AS received_ms,
         s.lat_deg, s.lon_deg, s.speed_mps, s.heading_deg, s.accel_mps2, s.control_mode, s.fault_level,
         s.battery_soc_pct, s.odometer_km, s.safety_officer_id, s.passengers, s.online
    FROM vehicles v
    JOIN enterprises e ON e.id = v.enterprise_id
    LEFT JOIN vehicle_state s ON s.vehicle_id = v.id`;

/**
 * The vehicle registry and its latest-state view. Every read takes the caller's scope and applies it in SQL:
 * a vehicle of another enterprise is indistinguishable from one that does not exist.
 */
export class VehicleRegistryRepository {
  constructor(private readonly db: Queryable) {}

  /** Every vehicle id, for the platform's own work (ingest's registry check), never for a person's request. */
  async listIds(): Promise<string[]> {
    const result = await this.db.query<{ id: string }>('SELECT id FROM vehicles');
    return result.rows.map((r) => r.id);
  }

  async exists(scope: DataScope, id: string): Promise<boolean> {
    const result = await this.db.query(
      'SELECT 1 FROM vehicles v WHERE v.id = $1 AND ($2::text IS NULL OR v.enterprise_id = $2)',
      [id, enterpriseParam(scope)],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async count(scope: DataScope, search?: string): Promise<number> {
    const { where, values } = filterClause(scope, search);
    const result = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM vehicles v ${where}`, values);
    return result.rows[0]?.n ?? 0;
  }

  async list(scope: DataScope, filter: VehicleListFilter): Promise<VehicleSummary[]> {
    const { where, values } = filterClause(scope, filter.search);
    const result = await this.db.query<SummaryRow>(
      `${SUMMARY_SELECT} ${where} ORDER BY v.id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
      [...values, filter.limit, filter.offset],
    );
    return result.rows.map(toSummary);
  }

  async get(scope: DataScope, id: string): Promise<VehicleSummary | undefined> {
    const result = await this.db.query<SummaryRow>(
      `${SUMMARY_SELECT} WHERE v.id = $1 AND ($2::text IS NULL OR v.enterprise_id = $2)`,
      [id, enterpriseParam(scope)],
    );
    const row = result.rows[0];
    return row ? toSummary(row) : undefined;
  }

  /**
   * Registers one vehicle; `taken` when its id or VIN is already registered, `unknown_enterprise` when the
   * enterprise does not exist.
   */
  async register(vehicle: VehicleRecord): Promise<'registered' | 'taken' | 'unknown_enterprise'> {
    try {
      const result = await this.db.query(
        `INSERT INTO vehicles (id, vin, plate, category, automation_level, driverless_capable, enterprise_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [
          vehicle.id,
          vehicle.vin,
          vehicle.plate,
          vehicle.category,
          vehicle.automationLevel,
          vehicle.driverlessCapable,
          vehicle.enterpriseId,
        ],
      );
      return (result.rowCount ?? 0) > 0 ? 'registered' : 'taken';
    } catch (error) {
      if ((error as { code?: string }).code === '23503') return 'unknown_enterprise';
      throw error;
    }
  }

  /** Inserts or updates enterprises and vehicles (used by the demo seed and, later, registry imports). */
  async upsert(enterprises: EnterpriseRecord[], vehicles: VehicleRecord[]): Promise<void> {
    await this.db.query(
      `INSERT INTO enterprises (id, name_zh, name_en)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (id) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en`,
      [enterprises.map((e) => e.id), enterprises.map((e) => e.nameZh), enterprises.map((e) => e.nameEn)],
    );
    // Chunked: the embedded database refuses protocol messages above ~64 KB.
    for (let i = 0; i < vehicles.length; i += 200) {
      const chunk = vehicles.slice(i, i + 200);
      await this.db.query(
        `INSERT INTO vehicles (id, vin, plate, category, automation_level, driverless_capable, enterprise_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int2[], $6::bool[], $7::text[])
         ON CONFLICT (id) DO UPDATE SET vin = EXCLUDED.vin, plate = EXCLUDED.plate, category = EXCLUDED.category,
           automation_level = EXCLUDED.automation_level, driverless_capable = EXCLUDED.driverless_capable,
           enterprise_id = EXCLUDED.enterprise_id`,
        [
          chunk.map((v) => v.id),
          chunk.map((v) => v.vin),
          chunk.map((v) => v.plate),
          chunk.map((v) => v.category),
          chunk.map((v) => v.automationLevel),
          chunk.map((v) => v.driverlessCapable),
          chunk.map((v) => v.enterpriseId),
        ],
      );
    }
  }
}

function filterClause(scope: DataScope, search: string | undefined): { where: string; values: unknown[] } {
  const enterprise = enterpriseParam(scope);
  if (!search) return { where: 'WHERE ($1::text IS NULL OR v.enterprise_id = $1)', values: [enterprise] };
  // Escape LIKE wildcards so a search for "%" finds a literal percent sign, not everything.
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    where: 'WHERE ($1::text IS NULL OR v.enterprise_id = $1) AND (v.plate ILIKE $2 OR v.vin ILIKE $2 OR v.id ILIKE $2)',
    values: [enterprise, pattern],
  };
}

/** The table's CHECK constraint holds the same list; a mismatch means code and schema drifted apart. */
function asCategory(value: string): VehicleCategory {
  if (!isVehicleCategory(value)) throw new Error(`vehicle category ${value} is not known to this build`);
  return value;
}

function toSummary(row: SummaryRow): VehicleSummary {
  const controlMode = enumName(CONTROL_MODES, row.control_mode);
  return {
    id: row.id,
    vin: row.vin,
    plate: row.plate,
    category: asCategory(row.category),
    automationLevel: row.automation_level,
    driverlessCapable: row.driverless_capable,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    state:
      row.time_ms === null || row.lat_deg === null || row.lon_deg === null || !controlMode
        ? null
        : {
            timeMs: row.time_ms,
            receivedMs: row.received_ms ?? row.time_ms,
            latDeg: row.lat_deg,
            lonDeg: row.lon_deg,
            speedMps: row.speed_mps ?? 0,
            headingDeg: row.heading_deg ?? 0,
            accelMps2: row.accel_mps2 ?? 0,
            controlMode,
            faultLevel: row.fault_level,
            batterySocPct: row.battery_soc_pct,
            odometerKm: row.odometer_km,
            safetyOfficerId: row.safety_officer_id,
            passengers: row.passengers,
            online: row.online ?? false,
          },
  };
}
