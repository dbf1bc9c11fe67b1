import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditApi } from '@fleet/console-admin-api';
import type { AuditFilter } from '../types/audit-filter.js';
import { AUDIT_PAGE_SIZE, NO_AUDIT_PAGES, withAuditPage, type AuditPages } from '../utils/audit-paging.js';

type AuditLogState = { pages: AuditPages; loading: boolean; error: unknown };

export type AuditLog = AuditLogState & {
  /** Fetches the next older page (keyset paging); ignored while loading or when everything is shown. */
  loadMore: () => void;
  /** Starts again from the newest entries. */
  reload: () => void;
  /** Repeats what failed: the next page when some are shown, else the first. */
  retry: () => void;
};

/** The audit log for a filter, newest first, grown page by page. A new filter starts from the newest entry again. */
export function useAuditLog(api: AuditApi, filter: AuditFilter): AuditLog {
  const [state, setState] = useState<AuditLogState>({ pages: NO_AUDIT_PAGES, loading: true, error: null });
  const inFlight = useRef<AbortController | null>(null);

  const fetchAfter = useCallback(
    (shown: AuditPages) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setState({ pages: shown, loading: true, error: null });
      api.list({ ...filter, beforeId: shown.beforeId, limit: AUDIT_PAGE_SIZE }, controller.signal).then(
        (page) => {
          if (controller.signal.aborted) return;
          setState({ pages: withAuditPage(shown, page, AUDIT_PAGE_SIZE), loading: false, error: null });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn('[console] loading the audit log failed', error);
          setState({ pages: shown, loading: false, error });
        },
      );
    },
    [api, filter],
  );

  useEffect(() => {
    fetchAfter(NO_AUDIT_PAGES);
    return () => inFlight.current?.abort();
  }, [fetchAfter]);

  const loadMore = useCallback(() => {
    if (!state.loading && state.pages.hasMore) fetchAfter(state.pages);
  }, [fetchAfter, state]);
  const reload = useCallback(() => fetchAfter(NO_AUDIT_PAGES), [fetchAfter]);
  const retry = useCallback(
    () => fetchAfter(state.pages.entries.length > 0 ? state.pages : NO_AUDIT_PAGES),
    [fetchAfter, state.pages],
  );
  return { ...state, loadMore, reload, retry };
}
