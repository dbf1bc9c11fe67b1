import type { ReplayData } from '../types/replay-data.js';
import type { ReplayQuery } from '../types/replay-query.js';
import type { ReplaySources } from '../types/replay-sources.js';
import type { ReplayVehicle } from '../types/replay-vehicle.js';
import type { TimelineMarker } from '../types/timeline-marker.js';
import { alertMarkers, eventMarkers } from '../utils/timeline-markers-of.js';
import { trackColumns } from '../utils/track-columns.js';

/** What one vehicle contributes; null when the server does not show it (unknown id, another enterprise's). */
async function loadVehicle(
  sources: ReplaySources,
  id: string,
  from: Date,
  to: Date,
  signal: AbortSignal,
): Promise<{ vehicle: ReplayVehicle; markers: TimelineMarker[]; truncated: boolean } | null> {
  const summary = await sources.vehicle(id, signal).catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
  if (!summary) return null;
  const [track, events, alerts] = await Promise.all([
    sources.track(id, from, to, signal),
    sources.events(id, from, to, signal),
    sources.alerts(id, from, to, signal),
  ]);
  return {
    vehicle: {
      id,
      plate: summary.plate,
      category: summary.category,
      track: trackColumns(id, track.points, track.bucketMs),
    },
    markers: [...eventMarkers(id, events.items), ...alertMarkers(alerts)],
    truncated: events.truncated,
  };
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 404;
}

/** Loads the tracks, events and alerts of every vehicle of the query, side by side. */
export async function loadReplay(sources: ReplaySources, query: ReplayQuery, signal: AbortSignal): Promise<ReplayData> {
  const from = new Date(query.fromMs);
  const to = new Date(query.toMs);
  const loaded = await Promise.all(query.vehicleIds.map((id) => loadVehicle(sources, id, from, to, signal)));
  const found = loaded.flatMap((v) => (v ? [v] : []));
  return {
    fromMs: query.fromMs,
    toMs: query.toMs,
    vehicles: found.map((v) => v.vehicle),
    markers: found.flatMap((v) => v.markers).sort((a, b) => a.timeMs - b.timeMs),
    missing: query.vehicleIds.filter((_, i) => loaded[i] === null),
    eventsTruncated: found.some((v) => v.truncated),
  };
}
