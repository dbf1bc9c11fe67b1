import type { AuditEntry } from '@fleet/console-admin-api';

/** Entries per request; a full page means there may be more. */
export const AUDIT_PAGE_SIZE = 50;

/** What has been loaded of the audit log for one filter, newest first. */
export type AuditPages = {
  entries: readonly AuditEntry[];
  /** The last page came back full, so older entries may exist. */
  hasMore: boolean;
  /** The cursor for the next (older) page: the smallest id loaded. */
  beforeId: number | undefined;
};

export const NO_AUDIT_PAGES: AuditPages = { entries: [], hasMore: false, beforeId: undefined };

/**
 * Adds a page of older entries. Entries already shown are skipped (a page fetched twice, e.g. after a retry,
 * must not duplicate rows); the cursor is the smallest id seen, as the server pages with `id < beforeId`.
 */
export function withAuditPage(pages: AuditPages, page: readonly AuditEntry[], limit: number): AuditPages {
  const seen = new Set(pages.entries.map((e) => e.id));
  const entries = [...pages.entries, ...page.filter((e) => !seen.has(e.id))];
  const ids = entries.map((e) => e.id);
  return {
    entries,
    hasMore: page.length >= limit,
    beforeId: ids.length > 0 ? Math.min(...ids) : undefined,
  };
}
