import { useCallback } from 'react';
import type { VehiclePage, VehiclesApi } from '@fleet/console-admin-api';
import { useRemoteData, type RemoteData } from '@fleet/console-admin-pages';
import { vehiclePageQuery } from '../utils/vehicle-page-query.js';

/** One page of the vehicle registry for a search; another search or page aborts the request in flight. */
export function useVehiclePage(api: VehiclesApi, search: string, page: number): RemoteData<VehiclePage> {
  const load = useCallback(
    (signal: AbortSignal) => api.list(vehiclePageQuery(search, page), signal),
    [api, search, page],
  );
  return useRemoteData(load, 'vehicles');
}
