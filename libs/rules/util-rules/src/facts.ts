import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { ControlModeName, EventKindName, InitiatorName } from '@fleet/telemetry-contract';

/** Lifecycle of a permit as the regulator sets it. */
export type PermitStatus = 'active' | 'suspended' | 'revoked' | 'expired';

/**
 * A daily window in the pilot zone's local time, `HH:MM` or `HH:MM:SS`, start inclusive, end exclusive.
 * `end` may be `24:00`; an end earlier than the start wraps past midnight (22:00–02:00).
 */
export type TimeWindow = { start: string; end: string };

/**
 * An approved area or road corridor. Structurally the registry's zone: an area has no corridor width,
 * a corridor is its centre line buffered by half of `corridorWidthM` on each side.
 */
export type PermitZone =
  | { id: string; geometry: Polygon | MultiPolygon; corridorWidthM?: null }
  | { id: string; geometry: LineString; corridorWidthM: number };

/** What the rules need to know about the permit that covers a vehicle at the moment of a sample. */
export type PermitContext = {
  permitId: string;
  status: PermitStatus;
  statusReason: string | null;
  /** Validity, Unix milliseconds: from inclusive, to exclusive. */
  validFromMs: number;
  validToMs: number;
  /** Approved roads and areas; the vehicle must stay inside their union. Empty means nowhere is approved. */
  zones: readonly PermitZone[];
  /** Daily windows in the pilot zone's local time (see `RuleSettings.localUtcOffsetMs`); empty means all day. */
  timeWindows: readonly TimeWindow[];
  speedCapKph: number;
  /** The permit allows running with nobody on board (无驾驶人). */
  driverlessAllowed: boolean;
  /** A safety officer must be on board whenever automation drives. */
  safetyOfficerRequired: boolean;
};

/** Registry facts about the vehicle; replace them in the state when the registry changes. */
export type VehicleFacts = {
  vehicleId: string;
  enterpriseId: string;
  /** The vehicle is registered as able to run with nobody on board. */
  driverlessCapable: boolean;
};

/** GB/T 32960 alarm level: 0 none, 1 does not affect driving, 2 limits driving, 3 stop now. */
export type FaultLevel = 0 | 1 | 2 | 3;

/** One telemetry sample as the rules see it. */
export type SampleFacts = {
  /** When the vehicle observed it (vehicle clock), Unix ms. */
  timeMs: number;
  /** When the platform received it (platform clock), Unix ms. */
  receivedMs: number;
  latDeg: number;
  lonDeg: number;
  speedMps: number;
  controlMode: ControlModeName;
  /** Highest active fault level; null when the terminal did not report it (no change). */
  faultLevel: FaultLevel | null;
  takeoverRequested: boolean;
  /** Safety officer on board; null or blank when nobody is on board. */
  safetyOfficerId: string | null;
  /** Remote safety officer supervising the vehicle; null or blank when none. */
  remoteOfficerId: string | null;
  /** Buffered data re-sent after a connectivity gap (GB/T 32960 补发). */
  resent: boolean;
};

/** One discrete vehicle event as the rules see it. */
export type EventFacts = {
  /** When it happened (vehicle clock), Unix ms. */
  timeMs: number;
  /** When the platform received it (platform clock), Unix ms. */
  receivedMs: number;
  kind: EventKindName;
  initiator: InitiatorName | null;
  latDeg: number | null;
  lonDeg: number | null;
  detail: string;
  /** For fault events; null when not reported. */
  faultLevel: FaultLevel | null;
  resent: boolean;
};
