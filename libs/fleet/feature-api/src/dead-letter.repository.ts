import type { Queryable } from '@fleet/db';

export type DeadLetterView = {
  id: number;
  receivedMs: number;
  topic: string;
  vehicleId: string | null;
  reason: string;
  detail: string;
  payloadBytes: number;
  /** The stored start of the payload, hex-encoded. */
  payloadHex: string;
};

/** Messages the ingest refused, newest first, for operators diagnosing a terminal. */
export class DeadLetterRepository {
  constructor(private readonly db: Queryable) {}

  async list(filter: { vehicleId?: string; reason?: string; limit: number }): Promise<DeadLetterView[]> {
    const result = await this.db.query<{
      id: number;
      received_ms: number;
      topic: string;
      vehicle_id: string | null;
      reason: string;
      detail: string;
      payload_bytes: number;
      payload_hex: string;
    }>(
      `SELECT id, (extract(epoch FROM received_at) * 1000)::float8 AS received_ms, topic, vehicle_id, reason, detail,
              payload_bytes, encode(payload, 'hex') AS payload_hex
         FROM dead_letters
        WHERE ($1::text IS NULL OR vehicle_id = $1) AND ($2::text IS NULL OR reason = $2)
        ORDER BY id DESC LIMIT $3`,
      [filter.vehicleId ?? null, filter.reason ?? null, filter.limit],
    );
    return result.rows.map((r) => ({
      id: r.id,
      receivedMs: r.received_ms,
      topic: r.topic,
      vehicleId: r.vehicle_id,
      reason: r.reason,
      detail: r.detail,
      payloadBytes: r.payload_bytes,
      payloadHex: r.payload_hex,
    }));
  }

  async countByReason(): Promise<Record<string, number>> {
    const result = await this.db.query<{ reason: string; n: number }>(
      'SELECT reason, count(*)::int AS n FROM dead_letters GROUP BY reason',
    );
    return Object.fromEntries(result.rows.map((r) => [r.reason, r.n]));
  }
}
