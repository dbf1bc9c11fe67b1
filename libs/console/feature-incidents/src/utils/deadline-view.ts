import type { IncidentDeadline } from '@fleet/incidents-model';

/** A deadline as it stands at `nowMs` (the server's status is from when it answered; the clock runs on here). */
export type DeadlineView = {
  kind: IncidentDeadline['kind'];
  state: 'pending' | 'overdue' | 'met' | 'met_late';
  /** pending: time left; overdue: time past due; met: 0. */
  ms: number;
};

export function deadlineView(deadline: IncidentDeadline, nowMs: number): DeadlineView {
  const dueMs = Date.parse(deadline.dueAt);
  if (deadline.status === 'met') {
    const metMs = deadline.metAt === null ? dueMs : Date.parse(deadline.metAt);
    return { kind: deadline.kind, state: metMs > dueMs ? 'met_late' : 'met', ms: 0 };
  }
  return nowMs > dueMs
    ? { kind: deadline.kind, state: 'overdue', ms: nowMs - dueMs }
    : { kind: deadline.kind, state: 'pending', ms: dueMs - nowMs };
}

/** Some clock of the incident is past due and not met. */
export function isOverdue(deadlines: readonly IncidentDeadline[], nowMs: number): boolean {
  return deadlines.some((d) => deadlineView(d, nowMs).state === 'overdue');
}

/** A duration as the largest two units: days and hours, hours and minutes, or minutes and seconds. */
export function durationParts(
  ms: number,
):
  | { unit: 'days'; d: number; h: number }
  | { unit: 'hours'; h: number; m: number }
  | { unit: 'minutes'; m: number; s: number } {
  const s = Math.max(0, Math.floor(ms / 1_000));
  if (s >= 86_400) return { unit: 'days', d: Math.floor(s / 86_400), h: Math.floor((s % 86_400) / 3_600) };
  if (s >= 3_600) return { unit: 'hours', h: Math.floor(s / 3_600), m: Math.floor((s % 3_600) / 60) };
  return { unit: 'minutes', m: Math.floor(s / 60), s: s % 60 };
}
