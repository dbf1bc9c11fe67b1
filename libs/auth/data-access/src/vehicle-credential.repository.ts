import { scopeIncludes, type DataScope, type VehicleCredential } from '@fleet/auth-model';
import { chunkByBytes, type Queryable } from '@fleet/db';

type CredentialRow = {
  id: string;
  vehicle_id: string;
  created_at: Date;
  created_by: string;
  expires_at: Date | null;
  revoked_at: Date | null;
  active: boolean;
};

const VIEW_COLUMNS = `c.id, c.vehicle_id, c.created_at, c.created_by, c.expires_at, c.revoked_at,
  (c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > now())) AS active`;

/** Bytes of ids per array parameter: well under the embedded database's ~64 KB protocol message limit. */
const ID_LIST_BUDGET_BYTES = 32_000;

/**
 * MQTT credentials of vehicles. Every read and change that a person triggers takes the caller's scope, and the
 * scope is applied in SQL through the vehicle's enterprise, so another enterprise's vehicle looks like no vehicle.
 */
export class VehicleCredentialRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Stores a new secret digest. Earlier active credentials stay valid for `previousGraceMs` (0: revoked now),
   * so a fleet can roll a new secret out before the old one stops working.
   */
  async issue(
    scope: DataScope,
    vehicleId: string,
    secretHash: Buffer,
    issuedBy: string,
    previousGraceMs: number,
  ): Promise<VehicleCredential | undefined> {
    if (!(await this.vehicleInScope(scope, vehicleId))) return undefined;
    // One statement, so the old secrets are retired and the new one stored atomically.
    const result = await this.db.query<CredentialRow>(
      `WITH previous AS (
         UPDATE vehicle_credentials
            SET revoked_at = CASE WHEN $4::float8 = 0 THEN now() ELSE revoked_at END,
                revoked_by = CASE WHEN $4::float8 = 0 THEN $3 ELSE revoked_by END,
                expires_at = CASE WHEN $4::float8 = 0 THEN expires_at
                                  ELSE LEAST(coalesce(expires_at, 'infinity'), now() + make_interval(secs => $4 / 1000.0))
                             END
          WHERE vehicle_id = $1 AND revoked_at IS NULL)
       INSERT INTO vehicle_credentials AS c (vehicle_id, secret_hash, created_by) VALUES ($1, $2, $3)
       RETURNING ${VIEW_COLUMNS}`,
      [vehicleId, secretHash, issuedBy, previousGraceMs],
    );
    return toView(result.rows[0]!);
  }

  async list(scope: DataScope, vehicleId: string): Promise<VehicleCredential[] | undefined> {
    if (!(await this.vehicleInScope(scope, vehicleId))) return undefined;
    const result = await this.db.query<CredentialRow>(
      `SELECT ${VIEW_COLUMNS} FROM vehicle_credentials c WHERE c.vehicle_id = $1 ORDER BY c.created_at DESC`,
      [vehicleId],
    );
    return result.rows.map(toView);
  }

  /** Revokes one credential (or all of the vehicle's when `credentialId` is undefined); the ids revoked. */
  async revoke(
    scope: DataScope,
    vehicleId: string,
    credentialId: string | undefined,
    revokedBy: string,
  ): Promise<string[] | undefined> {
    if (!(await this.vehicleInScope(scope, vehicleId))) return undefined;
    const result = await this.db.query<{ id: string }>(
      `UPDATE vehicle_credentials SET revoked_at = now(), revoked_by = $3
        WHERE vehicle_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id = $2::uuid) RETURNING id`,
      [vehicleId, credentialId ?? null, revokedBy],
    );
    return result.rows.map((r) => r.id);
  }

  /** Digests of the vehicle's usable secrets, for the broker's authentication (platform scope, no person involved). */
  async activeSecretHashes(vehicleId: string): Promise<Buffer[]> {
    const result = await this.db.query<{ secret_hash: Buffer }>(
      `SELECT secret_hash FROM vehicle_credentials
        WHERE vehicle_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [vehicleId],
    );
    return result.rows.map((r) => r.secret_hash);
  }

  /** Vehicles (of those given) that have no usable credential, for seeding development credentials. */
  async vehiclesWithoutCredentials(vehicleIds: string[]): Promise<string[]> {
    const missing: string[] = [];
    // 20,000 ids in one array parameter would pass the embedded database's ~64 KB message limit.
    for (const ids of chunkByBytes(vehicleIds, (id) => id.length + 3, ID_LIST_BUDGET_BYTES)) {
      const result = await this.db.query<{ id: string }>(
        `SELECT v.id FROM unnest($1::text[]) AS v(id)
          WHERE NOT EXISTS (SELECT 1 FROM vehicle_credentials c WHERE c.vehicle_id = v.id AND c.revoked_at IS NULL
                              AND (c.expires_at IS NULL OR c.expires_at > now()))`,
        [ids],
      );
      missing.push(...result.rows.map((r) => r.id));
    }
    return missing;
  }

  /** Stores many credentials at once (development seed), chunked for the embedded database's message limit. */
  async insertMany(credentials: { vehicleId: string; secretHash: Buffer }[], createdBy: string): Promise<void> {
    for (let i = 0; i < credentials.length; i += 500) {
      const chunk = credentials.slice(i, i + 500);
      await this.db.query(
        `INSERT INTO vehicle_credentials (vehicle_id, secret_hash, created_by)
         SELECT v, h, $3 FROM unnest($1::text[], $2::bytea[]) AS t(v, h)`,
        [chunk.map((c) => c.vehicleId), chunk.map((c) => c.secretHash), createdBy],
      );
    }
  }

  private async vehicleInScope(scope: DataScope, vehicleId: string): Promise<boolean> {
    const result = await this.db.query<{ enterprise_id: string }>('SELECT enterprise_id FROM vehicles WHERE id = $1', [
      vehicleId,
    ]);
    const row = result.rows[0];
    return row !== undefined && scopeIncludes(scope, row.enterprise_id);
  }
}

function toView(row: CredentialRow): VehicleCredential {
  return {
    id: row.id,
    vehicleId: row.vehicle_id,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    active: row.active,
  };
}
