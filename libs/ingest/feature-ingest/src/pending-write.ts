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
