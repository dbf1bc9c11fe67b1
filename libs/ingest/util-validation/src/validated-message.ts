import type { ControlModeName, EventKindName, InitiatorName } from '@fleet/telemetry-contract';

/** A sample that passed validation, in the platform's units; optional extended fields are null when absent. */
export type ValidSample = {
  timeMs: number;
  latDeg: number;
  lonDeg: number;
  speedMps: number;
  headingDeg: number;
  accelMps2: number;
  controlMode: ControlModeName;
  /** Wire number of the control mode, as stored. */
  controlModeCode: number;
  gear: number | null;
  steeringDeg: number | null;
  accelPedalPct: number | null;
  brakePedalPct: number | null;
  /** Bit set: 1 headlights, 2 left, 4 right, 8 hazard, 16 brake. */
  lights: number | null;
  batterySocPct: number | null;
  odometerKm: number | null;
  /** Two bits per sensor (lidar, camera, radar, gnss, compute), each the wire SensorState. */
  sensors: number | null;
  /** GB/T 32960 level 0–3. */
  faultLevel: number | null;
  faultCodes: string | null;
  takeoverRequested: boolean;
  safetyOfficerId: string | null;
  remoteOfficerId: string | null;
  passengers: number | null;
};

export type ValidTelemetryBatch = {
  vehicleId: string;
  seq: number;
  resent: boolean;
  /** Oldest first, one per timestamp. */
  samples: ValidSample[];
};

export type ValidVehicleEvent = {
  vehicleId: string;
  seq: number;
  timeMs: number;
  kind: EventKindName;
  kindCode: number;
  initiator: InitiatorName | null;
  initiatorCode: number | null;
  latDeg: number | null;
  lonDeg: number | null;
  speedMps: number | null;
  controlModeCode: number | null;
  faultLevel: number | null;
  faultCodes: string | null;
  responseTimeMs: number | null;
  detail: string;
  resent: boolean;
};

export type ValidVehicleStatus = { vehicleId: string; online: boolean; timeMs: number };
