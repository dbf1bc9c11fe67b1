import type { ReplayPlayer } from './replay-player.js';

/** What the browser tests read of a replay (`window.__FLEET_REPLAY__`, installed while a replay is shown). */
export type FleetReplayTestHook = {
  /** Data loaded and the map drawn. */
  ready(): boolean;
  timeMs(): number;
  playing(): boolean;
  speed(): number;
  framesDrawn(): number;
  /** Each vehicle's interpolated position at the last frame. */
  vehicles(): { id: string; present: boolean; lonDeg: number; latDeg: number; speedMps: number }[];
  /** The timeline's markers (events, alerts, the incident). */
  markers(): { key: string; source: string; kind: string; vehicleId: string; timeMs: number }[];
  /** Points of each vehicle's track (to tell raw from downsampled). */
  trackPoints(): Record<string, number>;
};

declare global {
  var __FLEET_REPLAY__: FleetReplayTestHook | undefined;
}

/** Installs the hook for this player; returns the uninstaller. */
export function installReplayTestHook(player: ReplayPlayer, mapReady: () => boolean): () => void {
  const hook: FleetReplayTestHook = {
    ready: mapReady,
    timeMs: () => player.timeMs,
    playing: () => player.clock.playing,
    speed: () => player.clock.speed,
    framesDrawn: () => player.frames,
    vehicles: () =>
      player.data.vehicles.map((v, i) => {
        const s = player.samples[i];
        return {
          id: v.id,
          present: s?.present ?? false,
          lonDeg: s?.lonDeg ?? 0,
          latDeg: s?.latDeg ?? 0,
          speedMps: s?.speedMps ?? 0,
        };
      }),
    markers: () =>
      player.data.markers.map(({ key, source, kind, vehicleId, timeMs }) => ({ key, source, kind, vehicleId, timeMs })),
    trackPoints: () => Object.fromEntries(player.data.vehicles.map((v) => [v.id, v.track.timeMs.length])),
  };
  globalThis.__FLEET_REPLAY__ = hook;
  return () => {
    if (globalThis.__FLEET_REPLAY__ === hook) globalThis.__FLEET_REPLAY__ = undefined;
  };
}
