import type { ControlModeName, EventKindName, InitiatorName } from '@fleet/telemetry-contract';

/** One event a vehicle reported (engagement, collision, fault…), as the history endpoints return it. */
export type VehicleEventView = {
  timeMs: number;
  kind: EventKindName;
  /** Who initiated an engagement change or takeover, null when not applicable. */
  initiator: InitiatorName | null;
  latDeg: number | null;
  lonDeg: number | null;
  speedMps: number | null;
  controlMode: ControlModeName | null;
  /** GB/T 32960 alarm level 0–3 for fault events, null otherwise. */
  faultLevel: number | null;
  detail: string;
};

export type VehicleEventList = {
  vehicleId: string;
  fromMs: number;
  toMs: number;
  items: VehicleEventView[];
  /** More events fell in the range than the answer holds (the earliest `items.length` are returned). */
  truncated: boolean;
};
