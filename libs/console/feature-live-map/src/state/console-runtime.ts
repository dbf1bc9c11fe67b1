import type { AuthSession } from '@fleet/console-auth';
import { AlertStore, FleetStore, LiveConnection, VehicleApi } from '@fleet/console-live';
import type { ConsoleConfig } from '../utils/console-config.js';

/** Render-side numbers the test hook and diagnostics read (written by the layers, not React state). */
export type RenderStats = {
  mapLoaded: boolean;
  renderedCount: number;
  frames: number;
  /** Main-thread milliseconds spent preparing vehicle frames (interpolation into typed arrays, layer props). */
  frameWorkMs: number;
  /** Permit zone features in the map's zones source while the zones layer is shown (0 when hidden). */
  zoneFeatures: number;
};

/**
 * Everything the live page owns outside React: the fleet and alert stores, the socket feed that fills both, the
 * REST client (socket and REST authorized by the session).
 */
export type ConsoleRuntime = {
  store: FleetStore;
  alerts: AlertStore;
  connection: LiveConnection;
  api: VehicleApi;
  stats: RenderStats;
};

export function createConsoleRuntime(config: ConsoleConfig, session: AuthSession): ConsoleRuntime {
  const store = new FleetStore();
  const alerts = new AlertStore();
  return {
    store,
    alerts,
    connection: new LiveConnection({
      store,
      alerts,
      baseUrl: config.apiBaseUrl,
      tokens: {
        current: () => session.accessToken(),
        renew: (rejected) => session.renewAccessToken(rejected),
      },
      onError: (error) => console.error('[console] live update rejected', error),
    }),
    api: new VehicleApi(session.authorizedFetch, config.apiBaseUrl),
    stats: { mapLoaded: false, renderedCount: 0, frames: 0, frameWorkMs: 0, zoneFeatures: 0 },
  };
}
