import type { AlertView } from '@fleet/alerts-model';

/** Alerts per request of the history page; a full page means there may be more. */
export const ALERT_PAGE_SIZE = 50;

/** What has been loaded of the alert history for one filter, newest first. */
export type AlertPages = {
  alerts: readonly AlertView[];
  /** The last page came back full, so older alerts may exist. */
  hasMore: boolean;
  /** The cursor for the next (older) page: the smallest id loaded. */
  beforeId: number | undefined;
};

export const NO_ALERT_PAGES: AlertPages = { alerts: [], hasMore: false, beforeId: undefined };

/**
 * Adds a page of older alerts; alerts already shown are skipped (a page fetched twice must not duplicate rows)
 * and the cursor is the smallest id seen, as the server pages with `id < beforeId`.
 */
export function withAlertPage(pages: AlertPages, page: readonly AlertView[], limit: number): AlertPages {
  const seen = new Set(pages.alerts.map((a) => a.id));
  const alerts = [...pages.alerts, ...page.filter((a) => !seen.has(a.id))];
  return {
    alerts,
    hasMore: page.length >= limit,
    beforeId: alerts.length > 0 ? Math.min(...alerts.map((a) => a.id)) : undefined,
  };
}

/** Puts an alert that changed (acknowledged or resolved from this page) in place of its row. */
export function withChangedAlert(pages: AlertPages, changed: AlertView): AlertPages {
  return { ...pages, alerts: pages.alerts.map((a) => (a.id === changed.id ? changed : a)) };
}
