import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@fleet/console-admin-api';
import { NO_AUDIT_PAGES, withAuditPage } from './audit-paging.js';

const entry = (id: number): AuditEntry => ({
  id,
  at: '2025-05-01T08:00:00.000Z',
  actorId: 'u-1',
  actorName: 'regulator',
  actorRole: 'regulator',
  enterpriseId: null,
  action: 'auth.login',
  targetType: '',
  targetId: '',
  outcome: 'success',
  ip: null,
  userAgent: null,
  details: {},
});
const ids = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => entry(from - i));

describe(withAuditPage.name, () => {
  it('keeps paging while pages come back full, with the smallest id as the cursor', () => {
    const first = withAuditPage(NO_AUDIT_PAGES, ids(100, 91), 10);
    expect(first).toMatchObject({ hasMore: true, beforeId: 91 });
    const second = withAuditPage(first, ids(90, 86), 10);
    expect(second.entries.map((e) => e.id)).toEqual([...ids(100, 86)].map((e) => e.id));
    expect(second).toMatchObject({ hasMore: false, beforeId: 86 });
  });

  it('does not repeat entries already shown', () => {
    const first = withAuditPage(NO_AUDIT_PAGES, ids(10, 6), 5);
    const again = withAuditPage(first, ids(7, 3), 5);
    expect(again.entries.map((e) => e.id)).toEqual([10, 9, 8, 7, 6, 5, 4, 3]);
  });

  it('has nothing more and no cursor for an empty log', () => {
    expect(withAuditPage(NO_AUDIT_PAGES, [], 50)).toEqual({ entries: [], hasMore: false, beforeId: undefined });
  });
});
