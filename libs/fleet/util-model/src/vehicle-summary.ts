import type { ControlModeName } from '@fleet/telemetry-contract';
import type { VehicleCategory } from './vehicle-category.js';

/** A vehicle's registry entry as the API and console see it. */
export type VehicleRegistryEntry = {
  id: string;
  vin: string;
  plate: string;
  category: VehicleCategory;
  /** SAE J3016 level, equal to the GB/T 40429 level (0–5). */
  automationLevel: number;
  driverlessCapable: boolean;
  enterpriseId: string;
  enterpriseName: string;
};

/** The latest known state of a vehicle, from its most recent sample and status message. */
export type VehicleLatestState = {
  timeMs: number;
  receivedMs: number;
  latDeg: number;
  lonDeg: number;
  speedMps: number;
  headingDeg: number;
  accelMps2: number;
  controlMode: ControlModeName;
  /** GB/T 32960 alarm level 0–3, null when never reported. */
  faultLevel: number | null;
  batterySocPct: number | null;
  odometerKm: number | null;
  safetyOfficerId: string | null;
  passengers: number | null;
  online: boolean;
};

/** A vehicle as the registry stores it (the enterprise by id). */
export type VehicleRecord = Omit<VehicleRegistryEntry, 'enterpriseName'>;

/** Registry entry plus latest state (null until the first sample arrives). */
export type VehicleSummary = VehicleRegistryEntry & { state: VehicleLatestState | null };

/** One point of a vehicle track. */
export type TrackPoint = {
  timeMs: number;
  latDeg: number;
  lonDeg: number;
  speedMps: number;
  headingDeg: number;
  /** Longitudinal acceleration (negative when braking). */
  accelMps2: number;
  controlMode: ControlModeName;
};

export type VehicleTrack = {
  vehicleId: string;
  fromMs: number;
  toMs: number;
  /** Bucket width in milliseconds when the server downsampled, null when these are raw samples. */
  bucketMs: number | null;
  points: TrackPoint[];
};
