import type { IncidentStatus } from '@fleet/incidents-model';

/** Filters of the incident list (GET /api/v1/incidents), newest first with keyset paging. */
export type IncidentQuery = {
  status?: IncidentStatus;
  vehicleId?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit?: number;
};

export function incidentParams(query: IncidentQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.vehicleId) params.set('vehicleId', query.vehicleId);
  if (query.from) params.set('from', query.from.toISOString());
  if (query.to) params.set('to', query.to.toISOString());
  if (query.beforeId !== undefined) params.set('beforeId', String(query.beforeId));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params.toString();
}
