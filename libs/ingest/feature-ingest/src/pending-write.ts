import { vehicleTopic } from '@fleet/telemetry-contract';
import type {
  RejectReason,
  ValidTelemetryBatch,
  ValidVehicleEvent,
  ValidVehicleStatus,
} from '@fleet/ingest-validation';

/** One accepted or refused MQTT message waiting to be written, with the time the platform received it. */
export type PendingWrite =
  | { kind: 'telemetry'; receivedMs: number; batch: ValidTelemetryBatch }
  | { kind: 'event'; receivedMs: number; event: ValidVehicleEvent }
  | { kind: 'status'; receivedMs: number; status: ValidVehicleStatus }
  | { kind: 'dead-letter'; receivedMs: number; deadLetter: DeadLetter };

export type DeadLetter = {
  topic: string;
  vehicleId: string | null;
  reason: RejectReason | 'storage_rejected';
  detail: string;
  payload: Uint8Array;
};

export function sampleCount(write: PendingWrite): number {
  return write.kind === 'telemetry' ? write.batch.samples.length : 1;
}

/**
 * The dead letter for an accepted write the database refused anyway. The raw bytes are no longer kept at this
 * point, so the payload is empty and the database's message says what was wrong.
 */
export function storageRejected(write: Exclude<PendingWrite, { kind: 'dead-letter' }>, error: unknown): PendingWrite {
  const [vehicleId, channel] =
    write.kind === 'telemetry'
      ? [write.batch.vehicleId, 'telemetry' as const]
      : write.kind === 'event'
        ? [write.event.vehicleId, 'events' as const]
        : [write.status.vehicleId, 'status' as const];
  return {
    kind: 'dead-letter',
    receivedMs: write.receivedMs,
    deadLetter: {
      topic: vehicleTopic(vehicleId, channel),
      vehicleId,
      reason: 'storage_rejected',
      detail: error instanceof Error ? error.message : String(error),
      payload: new Uint8Array(),
    },
  };
}
