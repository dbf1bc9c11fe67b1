import type { ConsoleRuntime } from './console-runtime.js';

/** What the browser tests read; documented in apps/console/README.md. */
export type FleetConsoleTestHook = {
  vehicleCount(): number;
  renderedCount(): number;
  mapLoaded(): boolean;
  updatesReceived(): number;
  /** Vehicle frames drawn so far (animation progress; not part of the lead's contract, handy for perf checks). */
  framesDrawn(): number;
  /** Main-thread ms spent applying live updates, and preparing vehicle frames, so far (console benchmark). */
  updateWorkMs(): number;
  frameWorkMs(): number;
  /** Every vehicle the server sent this console (id and enterprise), to check what a role may see. */
  vehicles(): { id: string; enterpriseId: string }[];
  /** Unresolved alerts the alert panel holds (loaded, then pushed). */
  alertCount(): number;
  /** `alert:changed` pushes and acknowledge / resolve answers applied to the alert store. */
  alertChanges(): number;
  /** Permit zone features drawn by the zones layer (0 while it is hidden or before the zones arrived). */
  zoneFeatureCount(): number;
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
    updateWorkMs: () => runtime.store.updateWorkMs,
    frameWorkMs: () => runtime.stats.frameWorkMs,
    alertCount: () => runtime.alerts.size,
    alertChanges: () => runtime.alerts.changesApplied,
    zoneFeatureCount: () => runtime.stats.zoneFeatures,
    vehicles: () => {
      const { store } = runtime;
      const out: { id: string; enterpriseId: string }[] = [];
      for (let slot = 0; slot < store.slotCount; slot++) {
        const v = store.vehicleAt(slot);
        if (v) out.push({ id: v.id, enterpriseId: v.enterpriseId });
      }
      return out;
    },
  };
  globalThis.__FLEET_CONSOLE__ = hook;
  return () => {
    if (globalThis.__FLEET_CONSOLE__ === hook) globalThis.__FLEET_CONSOLE__ = undefined;
  };
}
