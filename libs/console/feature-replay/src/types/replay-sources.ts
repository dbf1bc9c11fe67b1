import type { AlertView } from '@fleet/alerts-model';
import type { VehicleEventList, VehicleSummary, VehicleTrack } from '@fleet/fleet-model';

/** The calls a replay makes (the session's VehicleApi and AlertsApi satisfy it; tests may pass their own). */
export type ReplaySources = {
  vehicle(id: string, signal?: AbortSignal): Promise<VehicleSummary>;
  track(id: string, from: Date, to: Date, signal?: AbortSignal): Promise<VehicleTrack>;
  events(id: string, from: Date, to: Date, signal?: AbortSignal): Promise<VehicleEventList>;
  alerts(vehicleId: string, from: Date, to: Date, signal?: AbortSignal): Promise<AlertView[]>;
};
