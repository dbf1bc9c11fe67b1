/** Why the ingest refused a message. Stored with the dead letter and counted per reason. */
export type RejectReason =
  | 'wrong_topic'
  | 'payload_too_large'
  | 'malformed_protobuf'
  | 'topic_mismatch'
  | 'unknown_vehicle'
  | 'empty_batch'
  | 'too_many_samples'
  | 'invalid_value'
  | 'timestamp_out_of_range';

export const REJECT_REASONS: readonly RejectReason[] = [
  'wrong_topic',
  'payload_too_large',
  'malformed_protobuf',
  'topic_mismatch',
  'unknown_vehicle',
  'empty_batch',
  'too_many_samples',
  'invalid_value',
  'timestamp_out_of_range',
];

export type Rejection = { ok: false; reason: RejectReason; detail: string };

export function reject(reason: RejectReason, detail: string): Rejection {
  return { ok: false, reason, detail };
}
