import {
  EMPTY_INCIDENT_REPORT,
  incidentDeadlines,
  type IncidentHistoryEntry,
  type IncidentKind,
  type IncidentReport,
  type IncidentStatus,
  type IncidentSummary,
} from '@fleet/incidents-model';

export type IncidentRow = {
  id: number;
  vehicle_id: string;
  enterprise_id: string;
  kind: IncidentKind;
  occurred_at: Date;
  status: IncidentStatus;
  at_fault: boolean | null;
  opened_at: Date;
  opened_by: string | null;
  alert_id: number | null;
  window_from: Date;
  window_to: Date;
  evidence_state: 'pending' | 'locked';
  report: Partial<IncidentReport>;
  report_updated_at: Date | null;
  report_updated_by: string | null;
  initial_notice_due: Date;
  analysis_due: Date;
  first_submitted_at: Date | null;
  last_submitted_at: Date | null;
  closed_at: Date | null;
  overdue_alerted: string[];
};

export const INCIDENT_COLUMNS = `i.id, i.vehicle_id, i.enterprise_id, i.kind, i.occurred_at, i.status, i.at_fault, i.opened_at,
  i.opened_by, i.alert_id, i.window_from, i.window_to, i.evidence_state, i.report, i.report_updated_at,
  i.report_updated_by, i.initial_notice_due, i.analysis_due, i.first_submitted_at, i.last_submitted_at, i.closed_at,
  i.overdue_alerted`;

const iso = (d: Date) => d.toISOString();
const ms = (d: Date | null) => (d === null ? null : d.getTime());

export function summaryOf(row: IncidentRow, nowMs: number): IncidentSummary {
  return {
    id: row.id,
    vehicleId: row.vehicle_id,
    enterpriseId: row.enterprise_id,
    kind: row.kind,
    time: iso(row.occurred_at),
    status: row.status,
    openedAt: iso(row.opened_at),
    openedBy: row.opened_by,
    alertId: row.alert_id,
    atFault: row.at_fault,
    deadlines: incidentDeadlines(
      {
        initialNoticeDueMs: row.initial_notice_due.getTime(),
        analysisDueMs: row.analysis_due.getTime(),
        firstSubmittedMs: ms(row.first_submitted_at),
        lastSubmittedMs: ms(row.last_submitted_at),
        closedMs: ms(row.closed_at),
      },
      nowMs,
    ),
    evidenceState: row.evidence_state,
    window: { from: iso(row.window_from), to: iso(row.window_to) },
  };
}

export function reportOf(row: IncidentRow): IncidentReport {
  return { ...EMPTY_INCIDENT_REPORT, ...row.report, atFault: row.at_fault };
}

export type HistoryRow = {
  at: Date;
  action: string;
  actor: string;
  from_status: IncidentStatus | null;
  to_status: IncidentStatus | null;
  note: string;
};

export function historyEntryOf(row: HistoryRow): IncidentHistoryEntry {
  return {
    at: iso(row.at),
    action: row.action,
    actor: row.actor,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    note: row.note,
  };
}
