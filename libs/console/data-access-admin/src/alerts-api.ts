import type { AlertView } from '@fleet/alerts-model';
import type { AdminHttp } from './admin-http.js';
import type { AlertQuery, UnresolvedAlertCounts } from './compliance-types.js';
import { isAlertList, isAlertView } from './compliance-guards.js';

export const ALERTS_PATH = '/api/v1/alerts';
const alertPath = (id: number) => `${ALERTS_PATH}/${encodeURIComponent(String(id))}`;

/**
 * Alerts of the live compliance rules. Listing is open to every role (an operator sees its own enterprise's);
 * acknowledging and resolving to the roles that write. A step that is no longer possible (already acknowledged,
 * already resolved) is refused with `conflict`.
 */
export class AlertsApi {
  constructor(private readonly http: AdminHttp) {}

  /** Newest first, with the scope's unresolved counts by severity. */
  list(query: AlertQuery, signal?: AbortSignal): Promise<{ items: AlertView[]; unresolved: UnresolvedAlertCounts }> {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.severity) params.set('severity', query.severity);
    if (query.kind) params.set('kind', query.kind);
    if (query.vehicleId) params.set('vehicleId', query.vehicleId);
    if (query.from) params.set('from', query.from.toISOString());
    if (query.to) params.set('to', query.to.toISOString());
    if (query.beforeId !== undefined) params.set('beforeId', String(query.beforeId));
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    const qs = params.toString();
    return this.http.json('GET', qs ? `${ALERTS_PATH}?${qs}` : ALERTS_PATH, isAlertList, undefined, signal);
  }

  acknowledge(id: number, note: string): Promise<AlertView> {
    return this.http.json('POST', `${alertPath(id)}/acknowledge`, isAlertView, { note });
  }

  resolve(id: number, note: string): Promise<AlertView> {
    return this.http.json('POST', `${alertPath(id)}/resolve`, isAlertView, { note });
  }
}
