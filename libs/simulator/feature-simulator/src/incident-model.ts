import type { Random } from '@fleet/demo-fleet';
import type { SimEvent } from './sim-event.js';

/** Sensor that a fault degrades. */
export type SensorName = 'lidar' | 'camera' | 'radar' | 'gnss' | 'compute';

/** Rare things that happen independently of the control mode, and how long their effects last. */
export type IncidentState = {
  hardBrakeUntilMs: number;
  localizationLostUntilMs: number;
  faultUntilMs: number;
  faultSensor: SensorName | undefined;
  faultCodes: string[];
};

// Per vehicle and hour at event rate 1: rare enough to stand out on a 300-vehicle map.
const EMERGENCY_BRAKING_PER_H = 0.2;
const NEAR_MISS_PER_H = 0.3;
const LOCALIZATION_LOSS_PER_H = 0.05;
const FAULT_PER_H = 0.1;

const FAULTS: readonly { sensor: SensorName; code: string; detail: string }[] = [
  { sensor: 'camera', code: 'CAM_FRONT_DEGRADED', detail: 'front camera glare' },
  { sensor: 'lidar', code: 'LIDAR_WINDOW_DIRTY', detail: 'lidar window dirty' },
  { sensor: 'radar', code: 'RADAR_BLOCKED', detail: 'front radar partly blocked' },
];

export function initialIncidentState(): IncidentState {
  return { hardBrakeUntilMs: 0, localizationLostUntilMs: 0, faultUntilMs: 0, faultSensor: undefined, faultCodes: [] };
}

/** Advances the incident state by dtS seconds ending at nowMs and returns the events raised. */
export function stepIncidents(
  state: IncidentState,
  automationLevel: number,
  nowMs: number,
  dtS: number,
  speedMps: number,
  eventRate: number,
  random: Random,
): SimEvent[] {
  const events: SimEvent[] = [];
  const p = (perHour: number): boolean => random.chance((perHour * eventRate * dtS) / 3_600);

  if (state.localizationLostUntilMs > 0 && nowMs >= state.localizationLostUntilMs) {
    state.localizationLostUntilMs = 0;
    events.push({
      kind: 'localization_recovered',
      timeMs: nowMs,
      initiator: 'system',
      detail: 'GNSS/RTK fix recovered',
    });
  }
  if (state.faultUntilMs > 0 && nowMs >= state.faultUntilMs) {
    events.push({
      kind: 'fault_cleared',
      timeMs: nowMs,
      detail: `${state.faultSensor ?? 'sensor'} back to normal`,
      faultLevel: 0,
      faultCodes: state.faultCodes,
    });
    state.faultUntilMs = 0;
    state.faultSensor = undefined;
    state.faultCodes = [];
  }

  // Braking and near misses only make sense while moving.
  if (speedMps > 3 && p(EMERGENCY_BRAKING_PER_H)) {
    state.hardBrakeUntilMs = nowMs + random.range(1_000, 2_500);
    events.push({
      kind: 'emergency_braking',
      timeMs: nowMs,
      initiator: 'system',
      detail: random.pick(['vehicle cut in ahead', 'pedestrian stepped out', 'sudden stop ahead']),
    });
  } else if (speedMps > 2 && p(NEAR_MISS_PER_H)) {
    events.push({
      kind: 'near_miss',
      timeMs: nowMs,
      initiator: 'system',
      detail: `time to collision ${random.range(0.8, 2).toFixed(1)} s with a ${random.pick(['cyclist', 'pedestrian', 'car', 'scooter'])}`,
    });
  }
  if (automationLevel >= 4 && state.localizationLostUntilMs === 0 && p(LOCALIZATION_LOSS_PER_H)) {
    state.localizationLostUntilMs = nowMs + random.range(3_000, 10_000);
    events.push({
      kind: 'localization_lost',
      timeMs: nowMs,
      initiator: 'system',
      detail: 'GNSS multipath under an overpass',
    });
  }
  if (state.faultUntilMs === 0 && p(FAULT_PER_H)) {
    const fault = random.pick(FAULTS);
    state.faultUntilMs = nowMs + random.range(60_000, 300_000);
    state.faultSensor = fault.sensor;
    state.faultCodes = [fault.code];
    events.push({ kind: 'fault', timeMs: nowMs, detail: fault.detail, faultLevel: 1, faultCodes: [fault.code] });
  }
  return events;
}
