import type { VehicleRecord, VehicleSummary } from '@fleet/fleet-model';

/** A test entity (测试主体) as `GET /api/v1/enterprises` lists it, with how many vehicles it has registered. */
export type Enterprise = { id: string; nameZh: string; nameEn: string; vehicles: number };

/** `POST /api/v1/enterprises` body. */
export type NewEnterprise = Omit<Enterprise, 'vehicles'>;

/** `POST /api/v1/vehicles` body: the registry record, the enterprise by id. */
export type NewVehicle = VehicleRecord;

/** Filters and paging of `GET /api/v1/vehicles`: `q` searches plate, VIN and id. */
export type VehicleQuery = { q?: string; limit?: number; offset?: number };

/** One page of vehicles, ordered by id, and how many match the search in all. */
export type VehiclePage = { items: VehicleSummary[]; total: number };
