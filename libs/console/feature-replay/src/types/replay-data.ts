import type { ReplayVehicle } from './replay-vehicle.js';
import type { TimelineMarker } from './timeline-marker.js';

/** Everything a replay shows, loaded once per query. */
export type ReplayData = {
  fromMs: number;
  toMs: number;
  vehicles: ReplayVehicle[];
  markers: TimelineMarker[];
  /** Vehicles asked for that the server did not show (unknown, or another enterprise's). */
  missing: string[];
  /** Some vehicle had more events in the range than one answer holds. */
  eventsTruncated: boolean;
};
