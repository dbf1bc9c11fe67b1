import {
  Connectivity,
  enumName,
  EVENT_KINDS,
  faultLevelNumber,
  INITIATORS,
  VehicleEventMessage,
  VehicleStatusMessage,
} from '@fleet/telemetry-contract';
import { decodeOwnMessage, timeInWindow } from './decode.js';
import { inRange, int64ToNumber } from './numbers.js';
import { reject, type Rejection } from './reject-reason.js';
import { cleanDetail, cleanText } from './text-fields.js';
import type { ValidVehicleEvent, ValidVehicleStatus } from './validated-message.js';
import { PHYSICAL_RANGES as R, type ValidationLimits } from './validation-limits.js';

const MAX_DETAIL_LENGTH = 2_000;

/** Decodes and checks one `fleet/v1/{id}/events` payload. */
export function validateEvent(
  topicVehicleId: string,
  payload: Uint8Array,
  receivedMs: number,
  limits: ValidationLimits,
): { ok: true; event: ValidVehicleEvent } | Rejection {
  const decoded = decodeOwnMessage(VehicleEventMessage, topicVehicleId, payload);
  if (!decoded.ok) return decoded;
  const e = decoded.message;
  const seq = int64ToNumber(e.seq);
  const timeMs = int64ToNumber(e.timeUnixMs);
  if (Number.isNaN(seq)) return reject('invalid_value', 'seq does not fit in 53 bits');
  const timeProblem = timeInWindow(timeMs, receivedMs, limits);
  if (timeProblem) return reject('timestamp_out_of_range', timeProblem);
  const kind = enumName(EVENT_KINDS, e.kind);
  if (!kind) return reject('invalid_value', `kind ${e.kind ?? 0} is not a known event`);
  const initiator = enumName(INITIATORS, e.initiator);
  if (Number(e.initiator ?? 0) !== 0 && !initiator)
    return reject('invalid_value', `initiator ${e.initiator} is not known`);
  const hasPosition = (e.latDeg ?? 0) !== 0 || (e.lonDeg ?? 0) !== 0;
  if (hasPosition && (!inRange(e.latDeg ?? 0, R.latDeg) || !inRange(e.lonDeg ?? 0, R.lonDeg))) {
    return reject('invalid_value', `position ${e.latDeg},${e.lonDeg} out of range`);
  }
  if (!inRange(e.speedMps ?? 0, R.speedMps)) return reject('invalid_value', `speed_mps ${e.speedMps} out of range`);
  if (!inRange(e.responseTimeMs ?? 0, R.responseTimeMs))
    return reject('invalid_value', 'response_time_ms out of range');
  if (Number(e.controlMode ?? 0) > 5 || Number(e.faultLevel ?? 0) > 4) {
    return reject('invalid_value', 'control_mode or fault_level is not a known value');
  }
  const detail = cleanDetail(e.detail, MAX_DETAIL_LENGTH);
  if (detail === undefined) return reject('invalid_value', 'detail too long or holds NUL');
  const codes = e.faultCodes ?? [];
  if (codes.length > 32 || codes.some((c) => cleanText(c, 64) === undefined)) {
    return reject('invalid_value', 'fault_codes too many, too long or not printable');
  }
  return {
    ok: true,
    event: {
      vehicleId: e.vehicleId,
      seq,
      timeMs,
      kind,
      kindCode: e.kind ?? 0,
      initiator: initiator ?? null,
      initiatorCode: initiator ? (e.initiator ?? null) : null,
      latDeg: hasPosition ? (e.latDeg ?? null) : null,
      lonDeg: hasPosition ? (e.lonDeg ?? null) : null,
      speedMps: e.speedMps ?? null,
      controlModeCode: e.controlMode || null,
      faultLevel: faultLevelNumber(e.faultLevel) ?? null,
      faultCodes: codes.length > 0 ? codes.join(',') : null,
      responseTimeMs: e.responseTimeMs || null,
      detail,
      resent: e.resent === true,
    },
  };
}

/** Decodes and checks one `fleet/v1/{id}/status` payload (also the MQTT last will). */
export function validateStatus(
  topicVehicleId: string,
  payload: Uint8Array,
  receivedMs: number,
): { ok: true; status: ValidVehicleStatus } | Rejection {
  const decoded = decodeOwnMessage(VehicleStatusMessage, topicVehicleId, payload);
  if (!decoded.ok) return decoded;
  const s = decoded.message;
  const online = s.connectivity === Connectivity.CONNECTIVITY_ONLINE;
  if (!online && s.connectivity !== Connectivity.CONNECTIVITY_OFFLINE) {
    return reject('invalid_value', `connectivity ${s.connectivity ?? 0} is not known`);
  }
  // A last will is written when the vehicle connects, so its own time is stale: offline counts from receipt.
  const timeMs = online ? int64ToNumber(s.timeUnixMs) || receivedMs : receivedMs;
  return { ok: true, status: { vehicleId: s.vehicleId, online, timeMs } };
}
