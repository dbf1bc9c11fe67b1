import { useCallback, useEffect, useRef, useState } from 'react';
import type { AlertView } from '@fleet/alerts-model';
import type { AlertsApi } from '@fleet/console-admin-api';
import type { AlertHistoryFilter } from '../types/alert-history-filter.js';
import {
  ALERT_PAGE_SIZE,
  NO_ALERT_PAGES,
  withAlertPage,
  withChangedAlert,
  type AlertPages,
} from '../utils/alert-paging.js';

type AlertHistoryState = { pages: AlertPages; loading: boolean; error: unknown };

export type AlertHistory = AlertHistoryState & {
  /** Fetches the next older page (keyset paging); ignored while loading or when everything is shown. */
  loadMore: () => void;
  /** Starts again from the newest alert. */
  reload: () => void;
  /** Repeats what failed: the next page when some are shown, else the first. */
  retry: () => void;
  /** Shows an alert as an action on this page left it. */
  replace: (alert: AlertView) => void;
};

/** The alerts of a filter, newest first, grown page by page; a new filter starts from the newest again. */
export function useAlertHistory(api: AlertsApi, filter: AlertHistoryFilter): AlertHistory {
  const [state, setState] = useState<AlertHistoryState>({ pages: NO_ALERT_PAGES, loading: true, error: null });
  const inFlight = useRef<AbortController | null>(null);

  const fetchAfter = useCallback(
    (shown: AlertPages) => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setState({ pages: shown, loading: true, error: null });
      api.list({ ...filter, beforeId: shown.beforeId, limit: ALERT_PAGE_SIZE }, controller.signal).then(
        (answer) => {
          if (controller.signal.aborted) return;
          setState({ pages: withAlertPage(shown, answer.items, ALERT_PAGE_SIZE), loading: false, error: null });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn('[console] loading the alert history failed', error);
          setState({ pages: shown, loading: false, error });
        },
      );
    },
    [api, filter],
  );

  useEffect(() => {
    fetchAfter(NO_ALERT_PAGES);
    return () => inFlight.current?.abort();
  }, [fetchAfter]);

  const loadMore = useCallback(() => {
    if (!state.loading && state.pages.hasMore) fetchAfter(state.pages);
  }, [fetchAfter, state]);
  const reload = useCallback(() => fetchAfter(NO_ALERT_PAGES), [fetchAfter]);
  const retry = useCallback(
    () => fetchAfter(state.pages.alerts.length > 0 ? state.pages : NO_ALERT_PAGES),
    [fetchAfter, state.pages],
  );
  const replace = useCallback(
    (alert: AlertView) => setState((s) => ({ ...s, pages: withChangedAlert(s.pages, alert) })),
    [],
  );
  return { ...state, loadMore, reload, retry, replace };
}
