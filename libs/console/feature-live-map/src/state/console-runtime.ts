import type { AuthSession } from '@fleet/console-auth';
import { FleetStore, LiveConnection, VehicleApi } from '@fleet/console-live';
import type { ConsoleConfig } from '../utils/console-config.js';

/** Render-side numbers the test hook and diagnostics read (written by the layers, not React state). */
export type RenderStats = { mapLoaded: boolean; renderedCount: number; frames: number };

/** Everything the live page owns outside React: the store, the socket feed, the REST client (both authorized by the session). */
export type ConsoleRuntime = {
  store: FleetStore;
  connection: LiveConnection;
  api: VehicleApi;
  stats: RenderStats;
};

export function createConsoleRuntime(config: ConsoleConfig, session: AuthSession): ConsoleRuntime {
  const store = new FleetStore();
  return {
    store,
    connection: new LiveConnection({
      store,
      baseUrl: config.apiBaseUrl,
      tokens: {
        current: () => session.accessToken(),
        renew: (rejected) => session.renewAccessToken(rejected),
      },
      onError: (error) => console.error('[console] live update rejected', error),
    }),
    api: new VehicleApi(session.authorizedFetch, config.apiBaseUrl),
    stats: { mapLoaded: false, renderedCount: 0, frames: 0 },
  };
}
