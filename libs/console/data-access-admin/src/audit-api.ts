import type { AdminHttp } from './admin-http.js';
import type { AuditEntry, AuditQuery } from './admin-types.js';
import { isAuditEntry, isItemList } from './wire-guards.js';

export const AUDIT_PATH = '/api/v1/audit';

/** `GET /api/v1/audit` (admin, regulator): newest first, paged backwards with `beforeId`. */
export class AuditApi {
  constructor(private readonly http: AdminHttp) {}

  async list(query: AuditQuery, signal?: AbortSignal): Promise<AuditEntry[]> {
    const params = new URLSearchParams();
    if (query.actorId) params.set('actorId', query.actorId);
    if (query.action) params.set('action', query.action);
    if (query.from) params.set('from', query.from.toISOString());
    if (query.to) params.set('to', query.to.toISOString());
    if (query.beforeId !== undefined) params.set('beforeId', String(query.beforeId));
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    const qs = params.toString();
    const answer = await this.http.json(
      'GET',
      qs ? `${AUDIT_PATH}?${qs}` : AUDIT_PATH,
      (v) => isItemList(v, isAuditEntry),
      undefined,
      signal,
    );
    return answer.items;
  }
}
