import type { IncidentDeadline } from './incident.js';

export type DeadlineFacts = {
  initialNoticeDueMs: number;
  analysisDueMs: number;
  firstSubmittedMs: number | null;
  lastSubmittedMs: number | null;
  closedMs: number | null;
};

function deadline(
  kind: IncidentDeadline['kind'],
  dueMs: number,
  metMs: number | null,
  nowMs: number,
): IncidentDeadline {
  const status = metMs !== null ? 'met' : nowMs > dueMs ? 'overdue' : 'pending';
  return {
    kind,
    dueAt: new Date(dueMs).toISOString(),
    status,
    metAt: metMs === null ? null : new Date(metMs).toISOString(),
  };
}

/**
 * The incident's clocks now: the initial notice is met by the operator's first submission; the analysis report
 * by the submission the regulator closed (the last one before closing).
 */
export function incidentDeadlines(f: DeadlineFacts, nowMs: number): IncidentDeadline[] {
  return [
    deadline('initial_notice', f.initialNoticeDueMs, f.firstSubmittedMs, nowMs),
    deadline('analysis_report', f.analysisDueMs, f.closedMs === null ? null : f.lastSubmittedMs, nowMs),
  ];
}
