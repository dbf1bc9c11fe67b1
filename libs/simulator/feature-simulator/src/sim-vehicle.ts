import type { DemoVehicle, Random } from '@fleet/demo-fleet';
import type { VehicleCategory } from '@fleet/fleet-model';
import { headingDeltaDeg, type Polyline } from '@fleet/geo';
import { Gear, SensorState, type ControlModeName, type ITelemetrySample } from '@fleet/telemetry-contract';
import { initialControlState, mustStop, stepControl, type ControlState, type Crew } from './control-model.js';
import { initialIncidentState, stepIncidents, type IncidentState } from './incident-model.js';
import { advanceCursor, cursorPose, distanceToTurnM, type RouteCursor, type RoutePose } from './route-motion.js';
import type { SimEvent } from './sim-event.js';
import { approachSpeed, CATEGORY_DYNAMICS, stoppingSpeedMps, type Dynamics } from './speed-model.js';
import { controlModeWire, faultLevelWire } from './wire-mapping.js';

/** An event waiting to be published, with where and how the vehicle was when it happened. */
export type QueuedEvent = SimEvent & {
  latDeg: number;
  lonDeg: number;
  speedMps: number;
  controlMode: ControlModeName;
  /** Waited through a tick in which the vehicle was offline: published with `resent = true`. */
  resent?: boolean;
};

/** Everything the simulator knows about one vehicle; mutated in place on every sample for speed. */
export type SimVehicle = {
  vehicle: DemoVehicle;
  line: Polyline;
  /** The route is an expressway: no traffic-light stops. */
  expressway: boolean;
  crew: Crew;
  safetyOfficerId: string;
  remoteOfficerId: string;
  random: Random;
  dynamics: Dynamics;
  cursor: RouteCursor;
  pose: RoutePose;
  speedMps: number;
  targetMps: number;
  targetUntilMs: number;
  stopUntilMs: number;
  control: ControlState;
  incidents: IncidentState;
  socPct: number;
  odometerKm: number;
  passengers: number | undefined;
  /** Per-vehicle sequence numbers of the next telemetry message and event. */
  seq: number;
  eventSeq: number;
  pendingEvents: QueuedEvent[];
  lastSampleMs: number;
};

export type SimVehicleSetup = {
  vehicle: DemoVehicle;
  line: Polyline;
  expressway: boolean;
  safetyOfficerId: string;
  remoteOfficerId: string;
  nowMs: number;
  /** First sequence number; derived from the clock so that it keeps increasing across restarts. */
  seqStart: number;
  /** Multiplier of how often control changes and incidents happen. */
  eventRate: number;
  random: Random;
};

const MAX_PASSENGERS: Partial<Record<VehicleCategory, number>> = { robotaxi: 3, smart_bus: 40, minibus: 8 };
/** Battery use per km, percent of a full charge. */
const SOC_PER_KM: Record<VehicleCategory, number> = {
  l2_car: 0.2,
  l3_car: 0.2,
  robotaxi: 0.25,
  smart_bus: 0.3,
  minibus: 0.5,
  delivery: 1,
  sweeper: 1.5,
  truck: 0.35,
  avp: 0.2,
};
/** Typical km per day, so that odometers keep growing from one run to the next. */
const KM_PER_DAY: Record<VehicleCategory, number> = {
  l2_car: 40,
  l3_car: 60,
  robotaxi: 150,
  smart_bus: 180,
  minibus: 80,
  delivery: 40,
  sweeper: 25,
  truck: 250,
  avp: 2,
};
const ODOMETER_EPOCH_MS = Date.UTC(2024, 0, 1);
/** Pending events kept while the broker is slow; older ones are dropped first. */
export const MAX_PENDING_EVENTS = 32;

export function createSimVehicle(setup: SimVehicleSetup): SimVehicle {
  const { vehicle, line, random, nowMs } = setup;
  const cursor: RouteCursor = { s: random.range(0, line.lengthM), direction: random.chance(0.5) ? 1 : -1 };
  const crew: Crew = {
    automationLevel: vehicle.automationLevel,
    officerOnBoard: setup.safetyOfficerId !== '',
    carriesPassengers: MAX_PASSENGERS[vehicle.category] !== undefined,
  };
  const max = MAX_PASSENGERS[vehicle.category];
  const days = Math.max(0, (nowMs - ODOMETER_EPOCH_MS) / 86_400_000);
  return {
    vehicle,
    line,
    expressway: setup.expressway,
    crew,
    safetyOfficerId: setup.safetyOfficerId,
    remoteOfficerId: setup.remoteOfficerId,
    random,
    dynamics: CATEGORY_DYNAMICS[vehicle.category],
    cursor,
    pose: cursorPose(line, cursor),
    speedMps: vehicle.cruiseSpeedMps * random.range(0.5, 1),
    targetMps: vehicle.cruiseSpeedMps,
    targetUntilMs: nowMs,
    stopUntilMs: 0,
    control: initialControlState(crew, nowMs, setup.eventRate, random),
    incidents: initialIncidentState(),
    socPct: random.range(40, 98),
    odometerKm: random.range(500, 20_000) + days * KM_PER_DAY[vehicle.category],
    passengers: max === undefined ? undefined : random.int(0, max),
    seq: setup.seqStart,
    eventSeq: setup.seqStart,
    pendingEvents: [],
    lastSampleMs: nowMs,
  };
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** Speed the vehicle aims for at `timeMs`: cruise with some variation, stops, and slowing before a turn-round. */
function desiredSpeed(v: SimVehicle, timeMs: number, dtS: number): number {
  const { vehicle, random } = v;
  if (timeMs >= v.targetUntilMs) {
    v.targetMps = Math.min(vehicle.maxSpeedMps, vehicle.cruiseSpeedMps * random.range(0.75, 1.1));
    v.targetUntilMs = timeMs + random.range(15_000, 60_000);
  }
  // Traffic lights and stops on urban roads, about every 2.5 minutes of driving.
  if (!v.expressway && v.stopUntilMs < timeMs && v.speedMps > 1 && random.chance(dtS / 150)) {
    v.stopUntilMs = timeMs + random.range(10_000, 40_000);
  }
  if (mustStop(v.control) || timeMs < v.stopUntilMs) return 0;
  // Slow to a crawl before the U-turn at the end of an open route.
  return Math.min(v.targetMps, stoppingSpeedMps(distanceToTurnM(v.line, v.cursor), v.dynamics) + 1);
}

/** Advances the vehicle by dtS seconds to `timeMs` and returns the sample taken there; queues any events. */
export function stepVehicle(v: SimVehicle, timeMs: number, dtS: number, eventRate: number): ITelemetrySample {
  const before = v.speedMps;
  const target = desiredSpeed(v, timeMs, dtS);
  const hardBraking = timeMs < v.incidents.hardBrakeUntilMs;
  const after = hardBraking ? Math.max(0, before - 6 * dtS) : approachSpeed(before, target, dtS, v.dynamics);
  const distanceM = ((before + after) / 2) * dtS;
  const previousHeading = v.pose.headingDeg;
  v.cursor = advanceCursor(v.line, v.cursor, distanceM);
  v.pose = cursorPose(v.line, v.cursor);
  v.speedMps = after;
  const accelMps2 = dtS > 0 ? (after - before) / dtS : 0;

  // A stopped vehicle with passengers lets some off and some on.
  const maxPassengers = MAX_PASSENGERS[v.vehicle.category];
  if (maxPassengers !== undefined && after < 0.1 && before >= 0.1) v.passengers = v.random.int(0, maxPassengers);

  v.odometerKm += distanceM / 1_000;
  v.socPct -= (distanceM / 1_000) * SOC_PER_KM[v.vehicle.category];
  // Demo vehicles are recharged (or swapped) off-screen.
  if (v.socPct < 12) v.socPct = v.random.range(85, 98);

  const events = [
    ...stepControl(v.control, v.crew, timeMs, after, eventRate, v.random),
    ...stepIncidents(v.incidents, v.vehicle.automationLevel, timeMs, dtS, after, eventRate, v.random),
  ];
  for (const e of events) {
    v.pendingEvents.push({
      ...e,
      latDeg: v.pose.latDeg,
      lonDeg: v.pose.lonDeg,
      speedMps: after,
      controlMode: v.control.mode,
    });
  }
  if (v.pendingEvents.length > MAX_PENDING_EVENTS)
    v.pendingEvents.splice(0, v.pendingEvents.length - MAX_PENDING_EVENTS);
  v.lastSampleMs = timeMs;
  return buildSample(v, timeMs, dtS, accelMps2, previousHeading);
}

function buildSample(
  v: SimVehicle,
  timeMs: number,
  dtS: number,
  accelMps2: number,
  previousHeading: number,
): ITelemetrySample {
  const turnDeg = headingDeltaDeg(previousHeading, v.pose.headingDeg);
  const speed = v.speedMps;
  // Bicycle model: steering wheel = road-wheel angle × 15, road wheel from yaw rate and speed, positive to the left.
  const yawRadS = dtS > 0 ? (turnDeg * Math.PI) / 180 / dtS : 0;
  const roadWheelRad = speed > 0.5 ? Math.atan((2.8 * yawRadS) / speed) : 0;
  const steeringDeg = clamp((-roadWheelRad * 180 * 15) / Math.PI, -540, 540);
  const stopped = speed < 0.05;
  const minimalRisk = v.control.mode === 'minimal_risk';
  const hazard = minimalRisk || timeMs < v.incidents.hardBrakeUntilMs;
  const localHour = (new Date(timeMs).getUTCHours() + 8) % 24; // Shanghai is UTC+8 all year
  const { incidents } = v;
  const sensorState = (degraded: boolean) =>
    degraded ? SensorState.SENSOR_STATE_DEGRADED : SensorState.SENSOR_STATE_OK;
  return {
    timeUnixMs: timeMs,
    latDeg: v.pose.latDeg,
    lonDeg: v.pose.lonDeg,
    speedMps: speed,
    headingDeg: v.pose.headingDeg,
    accelMps2,
    controlMode: controlModeWire(v.control.mode),
    gear: stopped && minimalRisk ? Gear.GEAR_PARK : Gear.GEAR_DRIVE,
    steeringDeg,
    accelPedalPct: accelMps2 > 0.05 ? clamp((accelMps2 / v.dynamics.accelMps2) * 60 + 10, 0, 100) : 0,
    brakePedalPct: accelMps2 < -0.2 ? clamp((-accelMps2 / 6) * 100, 0, 100) : stopped ? 30 : 0,
    lights: {
      headlights: localHour >= 18 || localHour < 6,
      turnLeft: turnDeg < -10 && turnDeg > -170,
      turnRight: turnDeg > 10 && turnDeg < 170,
      hazard,
      brake: accelMps2 < -0.5 || stopped,
    },
    batterySocPct: Math.round(v.socPct * 10) / 10,
    odometerKm: Math.round(v.odometerKm * 1_000) / 1_000,
    sensors: {
      lidar: sensorState(incidents.faultSensor === 'lidar'),
      camera: sensorState(incidents.faultSensor === 'camera'),
      radar: sensorState(incidents.faultSensor === 'radar'),
      gnss: sensorState(incidents.localizationLostUntilMs > 0),
      compute: SensorState.SENSOR_STATE_OK,
    },
    faultLevel: faultLevelWire(incidents.faultUntilMs > 0 ? 1 : 0),
    faultCodes: incidents.faultCodes,
    takeoverRequested: v.control.takeoverUntilMs > 0,
    safetyOfficerId: v.safetyOfficerId,
    passengers: v.passengers,
    remoteOfficerId: v.remoteOfficerId,
  };
}
