import type { VehicleCategory } from '@fleet/fleet-model';
import type { ReplayTrack } from './replay-track.js';

/** A vehicle of a replay: who it is (for the icon and labels) and its track over the range. */
export type ReplayVehicle = {
  id: string;
  plate: string;
  category: VehicleCategory;
  track: ReplayTrack;
};
