import type { IncidentDeadline } from '@fleet/incidents-model';
import { describe, expect, it } from 'vitest';
import { deadlineView, durationParts, isOverdue } from './deadline-view.js';

const due = Date.UTC(2026, 10, 24, 10);
const deadline = (over: Partial<IncidentDeadline> = {}): IncidentDeadline => ({
  kind: 'initial_notice',
  dueAt: new Date(due).toISOString(),
  status: 'pending',
  metAt: null,
  ...over,
});

describe(deadlineView.name, () => {
  it('counts down while pending and up once past due, whatever the server said when it answered', () => {
    expect(deadlineView(deadline(), due - 90_000)).toEqual({ kind: 'initial_notice', state: 'pending', ms: 90_000 });
    expect(deadlineView(deadline(), due + 5_000)).toMatchObject({ state: 'overdue', ms: 5_000 });
    expect(deadlineView(deadline({ status: 'overdue' }), due + 1)).toMatchObject({ state: 'overdue' });
  });

  it('tells a deadline met in time from one met late', () => {
    expect(deadlineView(deadline({ status: 'met', metAt: new Date(due - 1).toISOString() }), due + 1e9).state).toBe(
      'met',
    );
    expect(deadlineView(deadline({ status: 'met', metAt: new Date(due + 1).toISOString() }), due).state).toBe(
      'met_late',
    );
  });
});

describe(isOverdue.name, () => {
  it('is true when any clock is past due and not met', () => {
    const met = deadline({ kind: 'analysis_report', status: 'met', metAt: new Date(due).toISOString() });
    expect(isOverdue([deadline(), met], due + 1)).toBe(true);
    expect(isOverdue([deadline(), met], due - 1)).toBe(false);
  });
});

describe(durationParts.name, () => {
  it('uses the two largest units', () => {
    expect(durationParts(2 * 86_400_000 + 5 * 3_600_000 + 59_000)).toEqual({ unit: 'days', d: 2, h: 5 });
    expect(durationParts(3 * 3_600_000 + 7 * 60_000 + 30_000)).toEqual({ unit: 'hours', h: 3, m: 7 });
    expect(durationParts(61_999)).toEqual({ unit: 'minutes', m: 1, s: 1 });
    expect(durationParts(-5)).toEqual({ unit: 'minutes', m: 0, s: 0 });
  });
});
