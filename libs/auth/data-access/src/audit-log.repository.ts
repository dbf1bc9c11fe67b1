import type { Queryable } from '@fleet/db';

export type AuditOutcome = 'success' | 'denied' | 'failure';

/** One audited step: who (account or vehicle), what, on which object, from where, with what result. */
export type AuditEntry = {
  actorId: string;
  actorName: string;
  actorRole: string;
  enterpriseId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: AuditOutcome;
  ip: string | null;
  userAgent: string | null;
  details?: Record<string, unknown>;
};

export type AuditRecord = Required<Omit<AuditEntry, 'details'>> & {
  id: number;
  at: string;
  details: Record<string, unknown>;
};

export type AuditFilter = {
  actorId?: string;
  action?: string;
  fromMs?: number;
  toMs?: number;
  limit: number;
  /** Keyset paging: entries with a smaller id than this. */
  beforeId?: number;
};

type AuditRow = {
  id: string;
  at: Date;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  enterprise_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
};

/** The append-only audit log (the table refuses updates and deletes). */
export class AuditLogRepository {
  constructor(private readonly db: Queryable) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (actor_id, actor_name, actor_role, enterprise_id, action, target_type, target_id, outcome,
                              ip, user_agent, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        entry.actorId,
        entry.actorName,
        entry.actorRole,
        entry.enterpriseId,
        entry.action,
        entry.targetType ?? null,
        entry.targetId ?? null,
        entry.outcome,
        entry.ip,
        entry.userAgent,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  async list(filter: AuditFilter): Promise<AuditRecord[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      where.push(sql.replace('?', `$${values.length}`));
    };
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.action) add('action = ?', filter.action);
    if (filter.fromMs !== undefined) add('at >= to_timestamp(? / 1000.0)', filter.fromMs);
    if (filter.toMs !== undefined) add('at < to_timestamp(? / 1000.0)', filter.toMs);
    if (filter.beforeId !== undefined) add('id < ?', filter.beforeId);
    values.push(filter.limit);
    const result = await this.db.query<AuditRow>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    return result.rows.map((row) => ({
      id: Number(row.id),
      at: row.at.toISOString(),
      actorId: row.actor_id,
      actorName: row.actor_name,
      actorRole: row.actor_role,
      enterpriseId: row.enterprise_id,
      action: row.action,
      targetType: row.target_type ?? '',
      targetId: row.target_id ?? '',
      outcome: row.outcome,
      ip: row.ip,
      userAgent: row.user_agent,
      details: row.details,
    }));
  }
}
