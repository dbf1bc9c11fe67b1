import { VEHICLE_CATEGORIES } from '@fleet/fleet-model';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import type { FleetCounts } from './fleet-store.js';

/** Both count the same vehicles in every box the header and legend show (a readout keeps its render then). */
export function sameFleetCounts(a: FleetCounts, b: FleetCounts): boolean {
  if (a === b) return true;
  if (a.total !== b.total || a.online !== b.online || a.offline !== b.offline) return false;
  if (VEHICLE_CATEGORIES.some((c) => a.onlineByCategory[c] !== b.onlineByCategory[c])) return false;
  return [...CONTROL_MODES, 'unknown' as const].every((m) => a.onlineByMode[m] === b.onlineByMode[m]);
}
