import type { Queryable } from '@fleet/db';

export type SessionRecord = {
  id: string;
  userId: string;
  refreshTokenHash: Buffer;
  expiresAtMs: number;
  revoked: boolean;
};

export type SessionOrigin = { ip: string | null; userAgent: string | null };

type SessionRow = {
  id: string;
  user_id: string;
  refresh_token_hash: Buffer;
  expires_ms: number;
  revoked_at: Date | null;
};

/** Signed-in sessions; the refresh token of each is stored only as a digest. */
export class SessionRepository {
  constructor(private readonly db: Queryable) {}

  async create(userId: string, refreshTokenHash: Buffer, ttlMs: number, origin: SessionOrigin): Promise<string> {
    const result = await this.db.query<{ id: string }>(
      `INSERT INTO user_sessions (user_id, refresh_token_hash, expires_at, ip, user_agent)
       VALUES ($1, $2, now() + make_interval(secs => $3 / 1000.0), $4, $5) RETURNING id`,
      [userId, refreshTokenHash, ttlMs, origin.ip, origin.userAgent],
    );
    return result.rows[0]!.id;
  }

  async find(id: string): Promise<SessionRecord | undefined> {
    const result = await this.db.query<SessionRow>(
      `SELECT id, user_id, refresh_token_hash, (extract(epoch FROM expires_at) * 1000)::float8 AS expires_ms, revoked_at
         FROM user_sessions WHERE id = $1`,
      [id],
    );
    const row = result.rows[0];
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        refreshTokenHash: row.refresh_token_hash,
        expiresAtMs: row.expires_ms,
        revoked: row.revoked_at !== null,
      }
    );
  }

  /** Swaps the refresh digest only if it is still the one presented, so two racing refreshes cannot both win. */
  async rotate(id: string, presentedHash: Buffer, nextHash: Buffer): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE user_sessions SET refresh_token_hash = $3, refreshed_at = now()
        WHERE id = $1 AND refresh_token_hash = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [id, presentedHash, nextHash],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async revoke(id: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE user_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [id, reason],
    );
  }

  /** Ends every open session of the account (disabled, password changed), but `except`; the ids revoked. */
  async revokeAllOf(userId: string, reason: string, except?: string): Promise<string[]> {
    const result = await this.db.query<{ id: string }>(
      `UPDATE user_sessions SET revoked_at = now(), revoked_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid) RETURNING id`,
      [userId, reason, except ?? null],
    );
    return result.rows.map((r) => r.id);
  }

  async isActive(id: string): Promise<boolean> {
    const result = await this.db.query(
      'SELECT 1 FROM user_sessions WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()',
      [id],
    );
    return (result.rowCount ?? 0) > 0;
  }
}
