import type { VehicleQuery } from '@fleet/console-admin-api';

/** Vehicles shown per page of the registry table. */
export const VEHICLE_PAGE_SIZE = 20;

/** The query of a (1-based) page of a search; a blank search asks for every vehicle. */
export function vehiclePageQuery(search: string, page: number): VehicleQuery {
  const q = search.trim();
  return { ...(q ? { q } : {}), limit: VEHICLE_PAGE_SIZE, offset: (Math.max(page, 1) - 1) * VEHICLE_PAGE_SIZE };
}
