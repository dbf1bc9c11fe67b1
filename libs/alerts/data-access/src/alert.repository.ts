import type { AlertStatus, AlertView } from '@fleet/alerts-model';
import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import type { AlertKind, Severity } from '@fleet/rules';

/** What the rules say when a condition starts (or an event happens), with where and under which permit. */
export type RaisedAlert = {
  vehicleId: string;
  enterpriseId: string;
  kind: AlertKind;
  severity: Severity;
  timeMs: number;
  detail: string;
  facts: Record<string, unknown>;
  latDeg: number | null;
  lonDeg: number | null;
  permitId: string | null;
};

export type AlertFilter = {
  status?: AlertStatus;
  severity?: Severity;
  kind?: AlertKind;
  vehicleId?: string;
  fromMs?: number;
  toMs?: number;
  beforeId?: number;
  limit: number;
};

type AlertRow = {
  id: string;
  vehicle_id: string;
  enterprise_id: string;
  kind: AlertKind;
  severity: Severity;
  status: AlertStatus;
  raised_at: Date;
  last_raised_at: Date;
  occurrences: number;
  detail: string;
  facts: Record<string, unknown>;
  lat_deg: number | null;
  lon_deg: number | null;
  permit_id: string | null;
  cleared_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  acknowledge_note: string | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  resolve_note: string | null;
  escalated_at: Date | null;
};

/** Severity as a number in SQL, so a returning condition can only raise an alert's severity, never lower it. */
const rank = (column: string) => `CASE ${column} WHEN 'critical' THEN 3 WHEN 'warning' THEN 2 ELSE 1 END`;

/**
 * Alerts, one unresolved per vehicle and kind (a partial unique index): a condition that comes back while its alert
 * is still unresolved counts another occurrence on it instead of opening a duplicate.
 */
export class AlertRepository {
  constructor(private readonly db: Queryable) {}

  /** Opens the alert, or adds an occurrence to the unresolved one; `opened` tells which. */
  async raise(alert: RaisedAlert): Promise<{ alert: AlertView; opened: boolean }> {
    const result = await this.db.query<AlertRow & { opened: boolean }>(
      `INSERT INTO alerts AS a (vehicle_id, enterprise_id, kind, severity, raised_at, last_raised_at, detail, facts,
                                lat_deg, lon_deg, permit_id)
       VALUES ($2, $3, $4, $1, to_timestamp($5 / 1000.0), to_timestamp($5 / 1000.0), $6, $7, $8, $9, $10)
       ON CONFLICT (vehicle_id, kind) WHERE status <> 'resolved' DO UPDATE SET
         last_raised_at = GREATEST(a.last_raised_at, EXCLUDED.last_raised_at),
         occurrences = a.occurrences + 1,
         cleared_at = NULL,
         severity = CASE WHEN ${rank('EXCLUDED.severity')} > ${rank('a.severity')} THEN EXCLUDED.severity ELSE a.severity END,
         detail = EXCLUDED.detail,
         facts = EXCLUDED.facts,
         lat_deg = EXCLUDED.lat_deg,
         lon_deg = EXCLUDED.lon_deg
       RETURNING a.*, (xmax = 0) AS opened`,
      [
        alert.severity,
        alert.vehicleId,
        alert.enterpriseId,
        alert.kind,
        alert.timeMs,
        alert.detail,
        JSON.stringify(alert.facts),
        alert.latDeg,
        alert.lonDeg,
        alert.permitId,
      ],
    );
    const row = result.rows[0]!;
    return { alert: toView(row), opened: row.opened };
  }

  /** Marks the condition over on the unresolved alert of that vehicle and kind, if any. */
  async clear(vehicleId: string, kind: AlertKind, timeMs: number): Promise<AlertView | undefined> {
    const result = await this.db.query<AlertRow>(
      `UPDATE alerts SET cleared_at = to_timestamp($3 / 1000.0)
        WHERE vehicle_id = $1 AND kind = $2 AND status <> 'resolved' AND cleared_at IS NULL RETURNING *`,
      [vehicleId, kind, timeMs],
    );
    return result.rows[0] && toView(result.rows[0]);
  }

  async list(scope: DataScope, filter: AlertFilter): Promise<AlertView[]> {
    const result = await this.db.query<AlertRow>(
      `SELECT * FROM alerts
        WHERE ($1::text IS NULL OR enterprise_id = $1)
          AND ($2::text IS NULL OR status = $2)
          AND ($3::text IS NULL OR severity = $3)
          AND ($4::text IS NULL OR kind = $4)
          AND ($5::text IS NULL OR vehicle_id = $5)
          AND ($6::float8 IS NULL OR raised_at >= to_timestamp($6 / 1000.0))
          AND ($7::float8 IS NULL OR raised_at < to_timestamp($7 / 1000.0))
          AND ($8::bigint IS NULL OR id < $8)
        ORDER BY id DESC LIMIT $9`,
      [
        enterpriseParam(scope),
        filter.status ?? null,
        filter.severity ?? null,
        filter.kind ?? null,
        filter.vehicleId ?? null,
        filter.fromMs ?? null,
        filter.toMs ?? null,
        filter.beforeId ?? null,
        filter.limit,
      ],
    );
    return result.rows.map(toView);
  }

  /** Unresolved alerts by severity, for the console's header counts. */
  async unresolvedCounts(scope: DataScope): Promise<Record<Severity, number>> {
    const result = await this.db.query<{ severity: Severity; n: number }>(
      `SELECT severity, count(*)::int AS n FROM alerts
        WHERE status <> 'resolved' AND ($1::text IS NULL OR enterprise_id = $1) GROUP BY severity`,
      [enterpriseParam(scope)],
    );
    const counts: Record<Severity, number> = { info: 0, warning: 0, critical: 0 };
    for (const row of result.rows) counts[row.severity] = row.n;
    return counts;
  }

  async get(scope: DataScope, id: number): Promise<AlertView | undefined> {
    const result = await this.db.query<AlertRow>(
      'SELECT * FROM alerts WHERE id = $1 AND ($2::text IS NULL OR enterprise_id = $2)',
      [id, enterpriseParam(scope)],
    );
    return result.rows[0] && toView(result.rows[0]);
  }

  /** open → acknowledged; undefined when not in scope or not open. */
  async acknowledge(scope: DataScope, id: number, by: string, note: string): Promise<AlertView | undefined> {
    const result = await this.db.query<AlertRow>(
      `UPDATE alerts SET status = 'acknowledged', acknowledged_at = now(), acknowledged_by = $3, acknowledge_note = $4
        WHERE id = $1 AND status = 'open' AND ($2::text IS NULL OR enterprise_id = $2) RETURNING *`,
      [id, enterpriseParam(scope), by, note],
    );
    return result.rows[0] && toView(result.rows[0]);
  }

  /** open or acknowledged → resolved; undefined when not in scope or already resolved. */
  async resolve(scope: DataScope, id: number, by: string, note: string): Promise<AlertView | undefined> {
    const result = await this.db.query<AlertRow>(
      `UPDATE alerts SET status = 'resolved', resolved_at = now(), resolved_by = $3, resolve_note = $4
        WHERE id = $1 AND status <> 'resolved' AND ($2::text IS NULL OR enterprise_id = $2) RETURNING *`,
      [id, enterpriseParam(scope), by, note],
    );
    return result.rows[0] && toView(result.rows[0]);
  }

  /** Critical alerts still open (nobody acknowledged them) `afterMs` after they were raised: marked escalated once. */
  async escalateOverdue(afterMs: number): Promise<AlertView[]> {
    const result = await this.db.query<AlertRow>(
      `UPDATE alerts SET escalated_at = now()
        WHERE severity = 'critical' AND status = 'open' AND escalated_at IS NULL
          AND created_at < now() - make_interval(secs => $1 / 1000.0)
        RETURNING *`,
      [afterMs],
    );
    return result.rows.map(toView);
  }
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toView(row: AlertRow): AlertView {
  return {
    id: Number(row.id),
    vehicleId: row.vehicle_id,
    enterpriseId: row.enterprise_id,
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    raisedAt: row.raised_at.toISOString(),
    lastRaisedAt: row.last_raised_at.toISOString(),
    occurrences: row.occurrences,
    detail: row.detail,
    facts: row.facts,
    latDeg: row.lat_deg,
    lonDeg: row.lon_deg,
    permitId: row.permit_id,
    clearedAt: iso(row.cleared_at),
    acknowledgedAt: iso(row.acknowledged_at),
    acknowledgedBy: row.acknowledged_by,
    acknowledgeNote: row.acknowledge_note,
    resolvedAt: iso(row.resolved_at),
    resolvedBy: row.resolved_by,
    resolveNote: row.resolve_note,
    escalatedAt: iso(row.escalated_at),
  };
}
