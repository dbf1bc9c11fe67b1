import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import type { ReplayQuery } from '../types/replay-query.js';

/** Most vehicles one replay shows together (each is a track, events and alerts request). */
export const MAX_REPLAY_VEHICLES = 8;
/** Longest range one replay covers (the track endpoint's limit). */
export const MAX_REPLAY_RANGE_MS = 31 * 24 * 3_600_000;

/** `#/replay?vehicles=a,b&from=ISO&to=ISO[&at=ISO]`: a link that opens the replay of those vehicles over that range. */
export function replayHref(query: ReplayQuery): string {
  const params = new URLSearchParams();
  params.set('vehicles', query.vehicleIds.join(','));
  params.set('from', new Date(query.fromMs).toISOString());
  params.set('to', new Date(query.toMs).toISOString());
  if (query.atMs !== null) params.set('at', new Date(query.atMs).toISOString());
  return `#/replay?${params.toString()}`;
}

/** The replay a hash names, or null when it names none completely (the page then shows only its form). */
export function replayQueryOf(hash: string): ReplayQuery | null {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  const params = new URLSearchParams(hash.slice(q + 1));
  const vehicleIds = [
    ...new Set((params.get('vehicles') ?? '').split(',').filter((id) => VEHICLE_ID_PATTERN.test(id))),
  ];
  const fromMs = Date.parse(params.get('from') ?? '');
  const toMs = Date.parse(params.get('to') ?? '');
  if (vehicleIds.length === 0 || !Number.isFinite(fromMs) || !Number.isFinite(toMs) || fromMs >= toMs) return null;
  if (toMs - fromMs > MAX_REPLAY_RANGE_MS) return null;
  const at = Date.parse(params.get('at') ?? '');
  return {
    vehicleIds: vehicleIds.slice(0, MAX_REPLAY_VEHICLES),
    fromMs,
    toMs,
    atMs: Number.isFinite(at) && at >= fromMs && at <= toMs ? at : null,
  };
}

/** The replay of one vehicle's last `hours` hours, as the live map's vehicle panel offers it. */
export function recentReplayHref(vehicleId: string, nowMs: number, hours = 1): string {
  return replayHref({ vehicleIds: [vehicleId], fromMs: nowMs - hours * 3_600_000, toMs: nowMs, atMs: null });
}
