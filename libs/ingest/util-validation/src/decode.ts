import { reject, type Rejection } from './reject-reason.js';
import type { ValidationLimits } from './validation-limits.js';

type Decoder<T> = { decode(reader: Uint8Array): T };

/** Runs a generated protobufjs decoder; any throw means the bytes are not that message. */
export function decodeWith<T>(decoder: Decoder<T>, payload: Uint8Array): { ok: true; message: T } | Rejection {
  try {
    return { ok: true, message: decoder.decode(payload) };
  } catch (error) {
    return reject('malformed_protobuf', error instanceof Error ? error.message : String(error));
  }
}

/**
 * Decodes a message that names its vehicle and checks it speaks for the vehicle of its topic: a vehicle may
 * publish only for itself.
 */
export function decodeOwnMessage<T extends { vehicleId: string }>(
  decoder: Decoder<T>,
  topicVehicleId: string,
  payload: Uint8Array,
): { ok: true; message: T } | Rejection {
  const decoded = decodeWith(decoder, payload);
  if (decoded.ok && decoded.message.vehicleId !== topicVehicleId) {
    return reject(
      'topic_mismatch',
      `payload vehicle_id ${JSON.stringify(decoded.message.vehicleId)} ≠ topic ${topicVehicleId}`,
    );
  }
  return decoded;
}

/** A problem description when an event time is absurdly far from the receive time, else undefined. */
export function timeInWindow(timeMs: number, receivedMs: number, limits: ValidationLimits): string | undefined {
  if (!Number.isFinite(timeMs) || timeMs <= 0) return `time_unix_ms ${timeMs} is not a time`;
  if (timeMs > receivedMs + limits.maxFutureSkewMs) {
    return `time_unix_ms ${timeMs} is ${timeMs - receivedMs} ms ahead of the platform clock`;
  }
  if (timeMs < receivedMs - limits.maxAgeMs) return `time_unix_ms ${timeMs} is older than the accepted age`;
  return undefined;
}
