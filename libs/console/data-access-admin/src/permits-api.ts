import type { Permit } from '@fleet/registry-model';
import type { AdminHttp } from './admin-http.js';
import type { PermitAction, PermitQuery } from './compliance-types.js';
import { isPermit } from './compliance-guards.js';
import { isItemList } from './wire-guards.js';

export const PERMITS_PATH = '/api/v1/permits';

/** Test permits: every role reads (an operator its own enterprise's); admin and regulator change their status. */
export class PermitsApi {
  constructor(private readonly http: AdminHttp) {}

  async list(query: PermitQuery = {}, signal?: AbortSignal): Promise<Permit[]> {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.vehicleId) params.set('vehicleId', query.vehicleId);
    const qs = params.toString();
    const path = qs ? `${PERMITS_PATH}?${qs}` : PERMITS_PATH;
    return (await this.http.json('GET', path, (v) => isItemList(v, isPermit), undefined, signal)).items;
  }

  /**
   * Suspends, reinstates or revokes a permit; the reason is required (2–500 characters) and audited. A suspension
   * takes effect on the vehicles' next samples. Refused with `conflict` when the permit's status does not allow it.
   */
  change(id: string, action: PermitAction, reason: string): Promise<Permit> {
    return this.http.json('POST', `${PERMITS_PATH}/${encodeURIComponent(id)}/${action}`, isPermit, { reason });
  }
}
