import {
  CONTROL_MODES,
  enumName,
  faultLevelNumber,
  TelemetryBatchMessage,
  type ITelemetrySample,
} from '@fleet/telemetry-contract';
import { decodeOwnMessage, timeInWindow } from './decode.js';
import { inRange, int64ToNumber } from './numbers.js';
import { reject, type Rejection } from './reject-reason.js';
import { cleanText } from './text-fields.js';
import type { ValidSample, ValidTelemetryBatch } from './validated-message.js';
import { PHYSICAL_RANGES as R, type ValidationLimits } from './validation-limits.js';

export type TelemetryResult = { ok: true; batch: ValidTelemetryBatch } | Rejection;

const MAX_ID_LENGTH = 64;
const MAX_FAULT_CODES = 32;

/** Decodes and checks one `fleet/v1/{id}/telemetry` payload. Pure: no I/O, no clock. */
export function validateTelemetry(
  topicVehicleId: string,
  payload: Uint8Array,
  receivedMs: number,
  limits: ValidationLimits,
): TelemetryResult {
  const decoded = decodeOwnMessage(TelemetryBatchMessage, topicVehicleId, payload);
  if (!decoded.ok) return decoded;
  const message = decoded.message;
  const seq = int64ToNumber(message.seq);
  if (Number.isNaN(seq)) return reject('invalid_value', 'seq does not fit in 53 bits');
  if (message.samples.length === 0) return reject('empty_batch', 'no samples');
  if (message.samples.length > limits.maxSamplesPerMessage) {
    return reject('too_many_samples', `${message.samples.length} samples > ${limits.maxSamplesPerMessage}`);
  }

  const byTime = new Map<number, ValidSample>();
  for (const [index, raw] of message.samples.entries()) {
    const sample = validateSample(raw, receivedMs, limits);
    if (!('timeMs' in sample)) return reject(sample.reason, `sample ${index}: ${sample.problem}`);
    // Two samples at one instant in a message: keep the first, as storage would.
    if (!byTime.has(sample.timeMs)) byTime.set(sample.timeMs, sample);
  }
  const samples = [...byTime.values()].sort((a, b) => a.timeMs - b.timeMs);
  return { ok: true, batch: { vehicleId: message.vehicleId, seq, resent: message.resent, samples } };
}

type SampleProblem = { reason: 'invalid_value' | 'timestamp_out_of_range'; problem: string };

const invalid = (problem: string): SampleProblem => ({ reason: 'invalid_value', problem });

/** Optional extended fields: absent means "not reported"; a present value must be in range. */
function optional(value: number | null | undefined, range: readonly [number, number]): number | null | undefined {
  if (value === null || value === undefined) return null;
  return inRange(value, range) ? value : undefined;
}

function validateSample(
  s: ITelemetrySample,
  receivedMs: number,
  limits: ValidationLimits,
): ValidSample | SampleProblem {
  const timeMs = int64ToNumber(s.timeUnixMs);
  const timeProblem = timeInWindow(timeMs, receivedMs, limits);
  if (timeProblem) return { reason: 'timestamp_out_of_range', problem: timeProblem };
  const lat = s.latDeg ?? 0;
  const lon = s.lonDeg ?? 0;
  if (!inRange(lat, R.latDeg) || !inRange(lon, R.lonDeg)) return invalid(`position ${lat},${lon} out of range`);
  if (lat === 0 && lon === 0) return invalid('position missing (0,0)');
  const speed = s.speedMps ?? 0;
  if (!inRange(speed, R.speedMps)) return invalid(`speed_mps ${speed} out of range`);
  const heading = s.headingDeg ?? 0;
  if (!inRange(heading, R.headingDeg)) return invalid(`heading_deg ${heading} out of range`);
  const accel = s.accelMps2 ?? 0;
  if (!inRange(accel, R.accelMps2)) return invalid(`accel_mps2 ${accel} out of range`);
  const controlMode = enumName(CONTROL_MODES, s.controlMode);
  if (!controlMode) return invalid(`control_mode ${s.controlMode ?? 0} is not a known mode`);

  const extended = {
    steering_deg: optional(s.steeringDeg, R.steeringDeg),
    accel_pedal_pct: optional(s.accelPedalPct, R.pedalPct),
    brake_pedal_pct: optional(s.brakePedalPct, R.pedalPct),
    battery_soc_pct: optional(s.batterySocPct, R.batterySocPct),
    odometer_km: optional(s.odometerKm, R.odometerKm),
    passengers: optional(s.passengers, R.passengers),
  };
  const outOfRange = Object.entries(extended).find(([, v]) => v === undefined);
  if (outOfRange) return invalid(`${outOfRange[0]} out of range`);
  const safetyOfficerId = cleanText(s.safetyOfficerId, MAX_ID_LENGTH);
  const remoteOfficerId = cleanText(s.remoteOfficerId, MAX_ID_LENGTH);
  if (safetyOfficerId === undefined || remoteOfficerId === undefined)
    return invalid('officer id too long or not printable');
  const codes = s.faultCodes ?? [];
  if (codes.length > MAX_FAULT_CODES || codes.some((c) => cleanText(c, MAX_ID_LENGTH) === undefined)) {
    return invalid('fault_codes too many, too long or not printable');
  }
  if (Number(s.gear ?? 0) > 4 || Number(s.faultLevel ?? 0) > 4)
    return invalid('gear or fault_level is not a known value');

  return {
    timeMs,
    latDeg: lat,
    lonDeg: lon,
    speedMps: speed,
    headingDeg: heading === 360 ? 0 : heading,
    accelMps2: accel,
    controlMode,
    controlModeCode: s.controlMode ?? 0,
    gear: s.gear || null,
    steeringDeg: extended.steering_deg ?? null,
    accelPedalPct: extended.accel_pedal_pct ?? null,
    brakePedalPct: extended.brake_pedal_pct ?? null,
    lights: s.lights ? packLights(s.lights) : null,
    batterySocPct: extended.battery_soc_pct ?? null,
    odometerKm: extended.odometer_km ?? null,
    sensors: s.sensors ? packSensors(s.sensors) : null,
    faultLevel: faultLevelNumber(s.faultLevel) ?? null,
    faultCodes: codes.length > 0 ? codes.join(',') : null,
    takeoverRequested: s.takeoverRequested === true,
    safetyOfficerId,
    remoteOfficerId,
    passengers: extended.passengers ?? null,
  };
}

function packLights(l: NonNullable<ITelemetrySample['lights']>): number {
  return (
    (l.headlights ? 1 : 0) | (l.turnLeft ? 2 : 0) | (l.turnRight ? 4 : 0) | (l.hazard ? 8 : 0) | (l.brake ? 16 : 0)
  );
}

function packSensors(s: NonNullable<ITelemetrySample['sensors']>): number {
  const two = (v: number | null | undefined) => (v ?? 0) & 3;
  return two(s.lidar) | (two(s.camera) << 2) | (two(s.radar) << 4) | (two(s.gnss) << 6) | (two(s.compute) << 8);
}
