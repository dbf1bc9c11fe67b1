import type { ConsoleRuntime } from './console-runtime.js';

/** What the browser tests read; documented in apps/console/README.md. */
export type FleetConsoleTestHook = {
  vehicleCount(): number;
  renderedCount(): number;
  mapLoaded(): boolean;
  updatesReceived(): number;
  /** Vehicle frames drawn so far (animation progress; not part of the lead's contract, handy for perf checks). */
  framesDrawn(): number;
};

declare global {
  var __FLEET_CONSOLE__: FleetConsoleTestHook | undefined;
}

/** Exposes read-only counters on `window.__FLEET_CONSOLE__`; returns the uninstaller. */
export function installTestHook(runtime: ConsoleRuntime): () => void {
  const hook: FleetConsoleTestHook = {
    vehicleCount: () => runtime.store.vehicleCount,
    renderedCount: () => runtime.stats.renderedCount,
    mapLoaded: () => runtime.stats.mapLoaded,
    updatesReceived: () => runtime.store.updatesReceived,
    framesDrawn: () => runtime.stats.frames,
  };
  globalThis.__FLEET_CONSOLE__ = hook;
  return () => {
    if (globalThis.__FLEET_CONSOLE__ === hook) globalThis.__FLEET_CONSOLE__ = undefined;
  };
}
