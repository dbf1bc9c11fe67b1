import type { VehicleEventList, VehicleSummary, VehicleTrack } from '@fleet/fleet-model';

export type VehicleList = { items: VehicleSummary[]; total: number };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'ApiError';
  }
}

/**
 * REST client for the fleet endpoints. Relative URLs: the API serves the console on the same origin.
 * `fetchFn` is required and is meant to be the session's authorized fetch (every `/api/v1` call needs a
 * Bearer token), so an unauthenticated client cannot be built by forgetting an argument.
 */
export class VehicleApi {
  constructor(
    private readonly fetchFn: typeof fetch,
    private readonly baseUrl = '',
  ) {}

  search(q: string, signal?: AbortSignal): Promise<VehicleList> {
    return this.get<VehicleList>(`/api/v1/vehicles?q=${encodeURIComponent(q)}`, signal);
  }

  vehicle(id: string, signal?: AbortSignal): Promise<VehicleSummary> {
    return this.get<VehicleSummary>(`/api/v1/vehicles/${encodeURIComponent(id)}`, signal);
  }

  track(id: string, from: Date, to: Date, signal?: AbortSignal): Promise<VehicleTrack> {
    const qs = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
    return this.get<VehicleTrack>(`/api/v1/vehicles/${encodeURIComponent(id)}/track?${qs}`, signal);
  }

  /** Events the vehicle reported in the range, oldest first. */
  events(id: string, from: Date, to: Date, signal?: AbortSignal): Promise<VehicleEventList> {
    const qs = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
    return this.get<VehicleEventList>(`/api/v1/vehicles/${encodeURIComponent(id)}/events?${qs}`, signal);
  }

  private async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const url = `${this.baseUrl}${path}`;
    const res = await this.fetchFn(url, { signal, headers: { accept: 'application/json' } });
    if (!res.ok) throw new ApiError(res.status, url);
    return (await res.json()) as T;
  }
}
