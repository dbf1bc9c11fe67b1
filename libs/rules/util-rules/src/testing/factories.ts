// Test factories: a permit, a vehicle and tracks of samples that break nothing unless a test says so.
import { destinationPoint, type LonLat } from '@fleet/geo';
import { onSample, type RuleResult } from '../evaluate.js';
import type { EventFacts, PermitContext, PermitZone, SampleFacts, VehicleFacts } from '../facts.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../settings.js';
import type { RuleSignal } from '../signal.js';
import { initialVehicleState, type VehicleRuleState } from '../state.js';

/** Centre of the test zone, in Anting. */
export const ORIGIN: LonLat = [121.2, 31.3];
/** 2026-03-02 10:00:00 in the pilot zone (02:00 UTC): inside the default permit's morning window. */
export const T0 = Date.UTC(2026, 2, 2, 2, 0, 0);
/** Local wall-clock time on the test day as a UTC instant. */
export function localTime(hh: number, mm: number, ss = 0): number {
  return Date.UTC(2026, 2, 2, hh - 8, mm, ss);
}

/** The point `eastM` metres east and `northM` metres north of the origin. */
export function at(eastM: number, northM = 0): [number, number] {
  return destinationPoint(
    destinationPoint(ORIGIN, eastM >= 0 ? 90 : 270, Math.abs(eastM)),
    northM >= 0 ? 0 : 180,
    Math.abs(northM),
  );
}

/** A square area `halfSideM` either side of a centre given in metres from the origin. */
export function squareZone(id: string, halfSideM: number, centreEastM = 0, centreNorthM = 0): PermitZone {
  const corner = (e: number, n: number): [number, number] => at(centreEastM + e, centreNorthM + n);
  const h = halfSideM;
  return {
    id,
    geometry: {
      type: 'Polygon',
      coordinates: [[corner(-h, -h), corner(h, -h), corner(h, h), corner(-h, h), corner(-h, -h)]],
    },
  };
}

/** A road corridor along the given points (metres from the origin). */
export function corridorZone(id: string, widthM: number, points: readonly (readonly [number, number])[]): PermitZone {
  return {
    id,
    geometry: { type: 'LineString', coordinates: points.map(([e, n]) => at(e, n)) },
    corridorWidthM: widthM,
  };
}

export function vehicle(overrides: Partial<VehicleFacts> = {}): VehicleFacts {
  return { vehicleId: 'RT-0001', enterpriseId: 'ent-a', driverlessCapable: true, ...overrides };
}

export function freshState(overrides: Partial<VehicleFacts> = {}): VehicleRuleState {
  return initialVehicleState(vehicle(overrides));
}

/** Active, valid all year, a 2 km square around the origin, 08:40–11:30 and 13:00–16:00, 40 km/h, driverless allowed. */
export function permit(overrides: Partial<PermitContext> = {}): PermitContext {
  return {
    permitId: 'P-1',
    status: 'active',
    statusReason: null,
    validFromMs: Date.UTC(2026, 0, 1),
    validToMs: Date.UTC(2027, 0, 1),
    zones: [squareZone('Z-square', 1_000)],
    timeWindows: [
      { start: '08:40', end: '11:30' },
      { start: '13:00', end: '16:00' },
    ],
    speedCapKph: 40,
    driverlessAllowed: true,
    safetyOfficerRequired: false,
    ...overrides,
  };
}

/** A law-abiding automated sample at the origin at T0, 10 m/s, safety officer on board, received 200 ms later. */
export function sample(overrides: Partial<SampleFacts> = {}): SampleFacts {
  const timeMs = overrides.timeMs ?? T0;
  return {
    timeMs,
    receivedMs: timeMs + 200,
    latDeg: ORIGIN[1],
    lonDeg: ORIGIN[0],
    speedMps: 10,
    controlMode: 'automated',
    faultLevel: 0,
    takeoverRequested: false,
    safetyOfficerId: 'SO-1001',
    remoteOfficerId: null,
    resent: false,
    ...overrides,
  };
}

/** Samples at `hz` along positions given in metres from the origin, one per position. */
export function trackThrough(
  points: readonly (readonly [number, number])[],
  overrides: Partial<SampleFacts> = {},
  hz = 1,
): SampleFacts[] {
  const startMs = overrides.timeMs ?? T0;
  return points.map(([e, n], i) => {
    const [lonDeg, latDeg] = at(e, n);
    const timeMs = startMs + Math.round((i * 1000) / hz);
    return sample({ ...overrides, timeMs, receivedMs: timeMs + 200, lonDeg, latDeg });
  });
}

/** A straight line of `count` samples at `hz` from a start point, with a heading and a constant speed. */
export function straightTrack(
  opts: { from?: LonLat; headingDeg?: number; speedMps?: number; count: number; hz?: number; startMs?: number },
  overrides: Partial<SampleFacts> = {},
): SampleFacts[] {
  const { from = ORIGIN, headingDeg = 90, speedMps = 10, count, hz = 1, startMs = T0 } = opts;
  return Array.from({ length: count }, (_, i) => {
    const [lonDeg, latDeg] = destinationPoint(from, headingDeg, (speedMps * i) / hz);
    const timeMs = startMs + Math.round((i * 1000) / hz);
    return sample({ speedMps, ...overrides, timeMs, receivedMs: timeMs + 200, lonDeg, latDeg });
  });
}

export function event(overrides: Partial<EventFacts> = {}): EventFacts {
  const timeMs = overrides.timeMs ?? T0;
  return {
    timeMs,
    receivedMs: timeMs + 200,
    kind: 'collision',
    initiator: null,
    latDeg: ORIGIN[1],
    lonDeg: ORIGIN[0],
    detail: '',
    faultLevel: null,
    resent: false,
    ...overrides,
  };
}

/** Feeds samples in order through `onSample` and collects every signal. */
export function run(
  samples: readonly SampleFacts[],
  permitContext: PermitContext | null = permit(),
  state: VehicleRuleState = freshState(),
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): RuleResult {
  const signals: RuleSignal[] = [];
  let current = state;
  for (const s of samples) {
    const result = onSample(current, permitContext, s, settings);
    current = result.state;
    signals.push(...result.signals);
  }
  return { state: current, signals };
}

/** Signals as `action kind` strings, the shape most assertions need. */
export function actions(signals: readonly RuleSignal[]): string[] {
  return signals.map((s) => `${s.action} ${s.kind}`);
}
