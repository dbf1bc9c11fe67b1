import type { VehicleSummary } from '@fleet/fleet-model';
import type { AdminHttp } from './admin-http.js';
import { isVehiclePage, isVehicleSummary } from './registry-guards.js';
import type { NewVehicle, VehiclePage, VehicleQuery } from './registry-types.js';

export const VEHICLES_PATH = '/api/v1/vehicles';

/** The vehicle registry: every role searches what it may see; admin and regulator register vehicles. */
export class VehiclesApi {
  constructor(private readonly http: AdminHttp) {}

  list(query: VehicleQuery = {}, signal?: AbortSignal): Promise<VehiclePage> {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    if (query.offset !== undefined) params.set('offset', String(query.offset));
    const qs = params.toString();
    return this.http.json('GET', qs ? `${VEHICLES_PATH}?${qs}` : VEHICLES_PATH, isVehiclePage, undefined, signal);
  }

  /**
   * Refused with `invalid_request` (with the server's issues) for a VIN whose form or check digit is wrong, or an
   * unknown enterprise; with `conflict` when the id or the VIN is already registered.
   */
  register(vehicle: NewVehicle): Promise<VehicleSummary> {
    return this.http.json('POST', VEHICLES_PATH, isVehicleSummary, vehicle);
  }
}
