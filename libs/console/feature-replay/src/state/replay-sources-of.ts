import type { AlertsApi } from '@fleet/console-admin-api';
import type { VehicleApi } from '@fleet/console-live';
import type { ReplaySources } from '../types/replay-sources.js';

/** Most alerts of one vehicle a replay marks (the alerts endpoint's page limit). */
const ALERT_LIMIT = 1_000;

/** The replay's calls through the session's REST clients. */
export function replaySourcesOf(vehicles: VehicleApi, alerts: AlertsApi): ReplaySources {
  return {
    vehicle: (id, signal) => vehicles.vehicle(id, signal),
    track: (id, from, to, signal) => vehicles.track(id, from, to, signal),
    events: (id, from, to, signal) => vehicles.events(id, from, to, signal),
    alerts: async (vehicleId, from, to, signal) =>
      (await alerts.list({ vehicleId, from, to, limit: ALERT_LIMIT }, signal)).items,
  };
}
