import { enterpriseParam, type DataScope } from '@fleet/auth-model';
import type { Queryable } from '@fleet/db';
import type {
  DeadlineKind,
  IncidentHistoryEntry,
  IncidentKind,
  IncidentReport,
  IncidentStatus,
} from '@fleet/incidents-model';
import { historyEntryOf, INCIDENT_COLUMNS, type HistoryRow, type IncidentRow } from './incident-rows.js';

export type OpenIncident = {
  vehicleId: string;
  kind: IncidentKind;
  timeMs: number;
  beforeMs: number;
  afterMs: number;
  initialNoticeMs: number;
  analysisReportMs: number;
  /** User name when opened by hand; null when a vehicle event opened it. */
  openedBy: string | null;
  alertId: number | null;
  note: string;
};

export type IncidentFilter = {
  status?: IncidentStatus;
  kind?: IncidentKind;
  vehicleId?: string;
  fromMs?: number;
  toMs?: number;
  beforeId?: number;
  limit: number;
};

export type Transition = {
  from: readonly IncidentStatus[];
  to: IncidentStatus;
  action: string;
  actor: string;
  note: string;
  /** The regulator's finding on fault, set with the step; undefined keeps the current value. */
  atFault?: boolean | null;
};

export type OverdueDeadline = { incident: IncidentRow; kind: DeadlineKind; dueMs: number };

/**
 * Incidents. Vehicle-event incidents are unique per (vehicle, kind, event time) (a partial unique index), so a
 * re-sent or redelivered event opens nothing new. Every status change writes its history entry in the same statement.
 */
export class IncidentRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Opens an incident for a vehicle within the scope; undefined when the vehicle is unknown or outside the scope,
   * or (vehicle events only) when the same event already opened one.
   */
  async open(scope: DataScope, o: OpenIncident): Promise<IncidentRow | undefined> {
    const result = await this.db.query<IncidentRow>(
      `WITH opened AS (
         INSERT INTO incidents AS i (vehicle_id, enterprise_id, kind, occurred_at, window_from, window_to, opened_by,
                                     alert_id, initial_notice_due, analysis_due)
         SELECT v.id, v.enterprise_id, $2, to_timestamp($3 / 1000.0), to_timestamp(($3 - $4) / 1000.0),
                to_timestamp(($3 + $5) / 1000.0), $6, $7, now() + make_interval(secs => $8 / 1000.0),
                now() + make_interval(secs => $9 / 1000.0)
         FROM vehicles v WHERE v.id = $1 AND ($10::text IS NULL OR v.enterprise_id = $10)
         ON CONFLICT (vehicle_id, kind, occurred_at) WHERE kind <> 'manual' DO NOTHING
         RETURNING ${INCIDENT_COLUMNS}
       ), history AS (
         INSERT INTO incident_history (incident_id, at, action, actor, to_status, note)
         SELECT id, opened_at, 'opened', coalesce(opened_by, 'system'), status, $11 FROM opened
       )
       SELECT * FROM opened`,
      [
        o.vehicleId,
        o.kind,
        o.timeMs,
        o.beforeMs,
        o.afterMs,
        o.openedBy,
        o.alertId,
        o.initialNoticeMs,
        o.analysisReportMs,
        enterpriseParam(scope),
        o.note,
      ],
    );
    return result.rows[0];
  }

  /** The incident a vehicle event opened (for de-duplication answers). */
  async findForEvent(vehicleId: string, kind: IncidentKind, timeMs: number): Promise<IncidentRow | undefined> {
    const result = await this.db.query<IncidentRow>(
      `SELECT ${INCIDENT_COLUMNS} FROM incidents i
       WHERE i.vehicle_id = $1 AND i.kind = $2 AND i.occurred_at = to_timestamp($3 / 1000.0) AND i.kind <> 'manual'`,
      [vehicleId, kind, timeMs],
    );
    return result.rows[0];
  }

  async list(scope: DataScope, f: IncidentFilter): Promise<IncidentRow[]> {
    const result = await this.db.query<IncidentRow>(
      `SELECT ${INCIDENT_COLUMNS} FROM incidents i
       WHERE ($1::text IS NULL OR i.enterprise_id = $1)
         AND ($2::text IS NULL OR i.status = $2)
         AND ($3::text IS NULL OR i.kind = $3)
         AND ($4::text IS NULL OR i.vehicle_id = $4)
         AND ($5::float8 IS NULL OR i.occurred_at >= to_timestamp($5 / 1000.0))
         AND ($6::float8 IS NULL OR i.occurred_at <= to_timestamp($6 / 1000.0))
         AND ($7::bigint IS NULL OR i.id < $7)
       ORDER BY i.id DESC LIMIT $8`,
      [
        enterpriseParam(scope),
        f.status ?? null,
        f.kind ?? null,
        f.vehicleId ?? null,
        f.fromMs ?? null,
        f.toMs ?? null,
        f.beforeId ?? null,
        f.limit,
      ],
    );
    return result.rows;
  }

  async get(scope: DataScope, id: number): Promise<IncidentRow | undefined> {
    const result = await this.db.query<IncidentRow>(
      `SELECT ${INCIDENT_COLUMNS} FROM incidents i WHERE i.id = $1 AND ($2::text IS NULL OR i.enterprise_id = $2)`,
      [id, enterpriseParam(scope)],
    );
    return result.rows[0];
  }

  async history(id: number): Promise<IncidentHistoryEntry[]> {
    const result = await this.db.query<HistoryRow>(
      `SELECT at, action, actor, from_status, to_status, note FROM incident_history WHERE incident_id = $1 ORDER BY id`,
      [id],
    );
    return result.rows.map(historyEntryOf);
  }

  async addHistory(id: number, action: string, actor: string, note: string): Promise<void> {
    await this.db.query(`INSERT INTO incident_history (incident_id, action, actor, note) VALUES ($1, $2, $3, $4)`, [
      id,
      action,
      actor,
      note,
    ]);
  }

  /** Replaces the report fields while the operator may still edit them; undefined when the status forbids it. */
  async updateReport(
    scope: DataScope,
    id: number,
    editable: readonly IncidentStatus[],
    report: IncidentReport,
    by: string,
  ): Promise<IncidentRow | undefined> {
    const { atFault, ...fields } = report;
    const result = await this.db.query<IncidentRow>(
      `WITH changed AS (
         UPDATE incidents i SET report = $3, at_fault = $4, report_updated_at = now(), report_updated_by = $5
         WHERE i.id = $1 AND ($2::text IS NULL OR i.enterprise_id = $2) AND i.status = ANY($6::text[])
         RETURNING ${INCIDENT_COLUMNS}
       ), history AS (
         INSERT INTO incident_history (incident_id, action, actor, note) SELECT id, 'report', $5, '' FROM changed
       )
       SELECT * FROM changed`,
      [id, enterpriseParam(scope), JSON.stringify(fields), atFault, by, editable],
    );
    return result.rows[0];
  }

  /** Moves the incident from one of `from` to `to`; undefined when it is not in one of them (or out of scope). */
  async transition(scope: DataScope, id: number, t: Transition): Promise<IncidentRow | undefined> {
    const result = await this.db.query<IncidentRow & { previous: IncidentStatus }>(
      `WITH before AS (
         SELECT id, status FROM incidents WHERE id = $1 AND ($2::text IS NULL OR enterprise_id = $2) FOR UPDATE
       ), changed AS (
         UPDATE incidents i SET status = $4,
           first_submitted_at = CASE WHEN $4 = 'submitted' THEN coalesce(i.first_submitted_at, now())
                                     ELSE i.first_submitted_at END,
           last_submitted_at = CASE WHEN $4 = 'submitted' THEN now() ELSE i.last_submitted_at END,
           closed_at = CASE WHEN $4 = 'closed' THEN now() ELSE i.closed_at END,
           at_fault = CASE WHEN $8 THEN $9::boolean ELSE i.at_fault END
         FROM before b
         WHERE i.id = b.id AND b.status = ANY($3::text[])
         RETURNING ${INCIDENT_COLUMNS}, b.status AS previous
       ), history AS (
         INSERT INTO incident_history (incident_id, action, actor, from_status, to_status, note)
         SELECT id, $5, $6, previous, status, $7 FROM changed
       )
       SELECT * FROM changed`,
      [id, enterpriseParam(scope), t.from, t.to, t.action, t.actor, t.note, t.atFault !== undefined, t.atFault ?? null],
    );
    return result.rows[0];
  }

  /** Incidents whose evidence window (plus a grace for late data) has passed and that are not locked yet. */
  async evidenceDue(graceMs: number, limit = 50): Promise<number[]> {
    const result = await this.db.query<{ id: number }>(
      `SELECT id FROM incidents
       WHERE evidence_state = 'pending' AND window_to + make_interval(secs => $1 / 1000.0) <= now()
       ORDER BY window_to LIMIT $2`,
      [graceMs, limit],
    );
    return result.rows.map((r) => r.id);
  }

  /** Deadlines past due, not met, and not alerted yet. */
  async overdueDeadlines(): Promise<OverdueDeadline[]> {
    const result = await this.db.query<IncidentRow & { deadline: DeadlineKind }>(
      `SELECT ${INCIDENT_COLUMNS}, 'initial_notice' AS deadline FROM incidents i
       WHERE i.first_submitted_at IS NULL AND i.initial_notice_due < now()
         AND NOT ('initial_notice' = ANY(i.overdue_alerted))
       UNION ALL
       SELECT ${INCIDENT_COLUMNS}, 'analysis_report' AS deadline FROM incidents i
       WHERE i.closed_at IS NULL AND i.analysis_due < now() AND NOT ('analysis_report' = ANY(i.overdue_alerted))`,
    );
    return result.rows.map(({ deadline, ...incident }) => ({
      incident,
      kind: deadline,
      dueMs: (deadline === 'initial_notice' ? incident.initial_notice_due : incident.analysis_due).getTime(),
    }));
  }

  async markOverdueAlerted(id: number, kind: DeadlineKind): Promise<void> {
    await this.db.query(
      `UPDATE incidents SET overdue_alerted = array_append(overdue_alerted, $2)
       WHERE id = $1 AND NOT ($2 = ANY(overdue_alerted))`,
      [id, kind],
    );
  }
}
