import type { AlertView } from '@fleet/alerts-model';
import type { AlertPanelFilter } from '../types/alert-panel-filter.js';

/** The alerts the panel's filter lets through, in the order given. */
export function filterAlerts(alerts: readonly AlertView[], filter: AlertPanelFilter): readonly AlertView[] {
  if (!filter.severity && !filter.status && !filter.kind) return alerts;
  return alerts.filter(
    (a) =>
      (!filter.severity || a.severity === filter.severity) &&
      (!filter.status || a.status === filter.status) &&
      (!filter.kind || a.kind === filter.kind),
  );
}
