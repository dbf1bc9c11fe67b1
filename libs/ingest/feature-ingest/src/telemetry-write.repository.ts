import { chunkByBytes, textParamBytes } from '@fleet/db';
import type { ValidSample, ValidVehicleEvent } from '@fleet/ingest-validation';
import type { Pool, PoolClient } from 'pg';
import type { DeadLetter, PendingWrite } from './pending-write.js';

export type WriteOutcome = {
  samplesOffered: number;
  samplesInserted: number;
  eventsOffered: number;
  eventsInserted: number;
  deadLetters: number;
};

type SampleRow = { vehicleId: string; seq: number; receivedMs: number; resent: boolean; s: ValidSample };
type EventRow = { receivedMs: number; e: ValidVehicleEvent };

/** Dead letters keep the start of the payload: enough to diagnose, never enough to flood the database. */
export const DEAD_LETTER_PAYLOAD_BYTES = 4_096;

// float4 columns: four decimals are below sensor resolution and keep parameters short.
const r4 = (v: number | null) => (v === null ? null : Math.round(v * 1e4) / 1e4);

const SAMPLE_COLUMNS = `vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps, heading_deg, accel_mps2,
  control_mode, gear, steering_deg, accel_pedal_pct, brake_pedal_pct, lights, battery_soc_pct, odometer_km, sensors,
  fault_level, fault_codes, takeover_requested, safety_officer_id, remote_officer_id, passengers`;

function sampleValues({ vehicleId, seq, receivedMs, resent, s }: SampleRow): unknown[] {
  return [
    vehicleId,
    s.timeMs,
    seq,
    receivedMs,
    resent,
    s.latDeg,
    s.lonDeg,
    r4(s.speedMps),
    r4(s.headingDeg),
    r4(s.accelMps2),
    s.controlModeCode,
    s.gear,
    r4(s.steeringDeg),
    r4(s.accelPedalPct),
    r4(s.brakePedalPct),
    s.lights,
    r4(s.batterySocPct),
    s.odometerKm,
    s.sensors,
    s.faultLevel,
    s.faultCodes,
    s.takeoverRequested,
    s.safetyOfficerId,
    s.remoteOfficerId,
    s.passengers,
  ];
}

const INSERT_SAMPLES = `
  INSERT INTO telemetry_samples (${SAMPLE_COLUMNS})
  SELECT v, to_timestamp(t / 1000.0), q, to_timestamp(r / 1000.0), rs, la, lo, sp, hd, ac, cm, g, st, ap, bp, li, soc,
         od, se, fl, fc, tk, so, ro, pa
    FROM unnest($1::text[], $2::float8[], $3::int8[], $4::float8[], $5::bool[], $6::float8[], $7::float8[], $8::float4[],
                $9::float4[], $10::float4[], $11::int2[], $12::int2[], $13::float4[], $14::float4[], $15::float4[],
                $16::int2[], $17::float4[], $18::float8[], $19::int2[], $20::int2[], $21::text[], $22::bool[],
                $23::text[], $24::text[], $25::int2[])
      AS u(v, t, q, r, rs, la, lo, sp, hd, ac, cm, g, st, ap, bp, li, soc, od, se, fl, fc, tk, so, ro, pa)
  ON CONFLICT (vehicle_id, time) DO NOTHING`;

function eventValues({ receivedMs, e }: EventRow): unknown[] {
  return [
    e.vehicleId,
    e.timeMs,
    e.seq,
    receivedMs,
    e.resent,
    e.kindCode,
    e.initiatorCode,
    e.latDeg,
    e.lonDeg,
    r4(e.speedMps),
    e.controlModeCode,
    e.faultLevel,
    e.faultCodes,
    e.responseTimeMs,
    e.detail,
  ];
}

const INSERT_EVENTS = `
  INSERT INTO vehicle_events (vehicle_id, time, seq, received_at, resent, kind, initiator, lat_deg, lon_deg, speed_mps,
                              control_mode, fault_level, fault_codes, response_time_ms, detail)
  SELECT v, to_timestamp(t / 1000.0), q, to_timestamp(r / 1000.0), rs, k, i, la, lo, sp, cm, fl, fc, rt, d
    FROM unnest($1::text[], $2::float8[], $3::int8[], $4::float8[], $5::bool[], $6::int2[], $7::int2[], $8::float8[],
                $9::float8[], $10::float4[], $11::int2[], $12::int2[], $13::text[], $14::int4[], $15::text[])
      AS u(v, t, q, r, rs, k, i, la, lo, sp, cm, fl, fc, rt, d)
  ON CONFLICT (vehicle_id, time, seq) DO NOTHING`;

// Only moves forward in event time, so re-sent history never rewinds the live picture. Live data also
// means the terminal is online, unless a later status said otherwise.
const UPSERT_STATE = `
  INSERT INTO vehicle_state AS cur (vehicle_id, time, received_at, lat_deg, lon_deg, speed_mps, heading_deg, accel_mps2,
                                    control_mode, fault_level, battery_soc_pct, odometer_km, safety_officer_id,
                                    passengers, online, status_time)
  SELECT v, to_timestamp(t / 1000.0), to_timestamp(r / 1000.0), la, lo, sp, hd, ac, cm, fl, soc, od, so, pa, true,
         to_timestamp(r / 1000.0)
    FROM unnest($1::text[], $2::float8[], $3::float8[], $4::float8[], $5::float8[], $6::float4[], $7::float4[],
                $8::float4[], $9::int2[], $10::int2[], $11::float4[], $12::float8[], $13::text[], $14::int2[])
      AS u(v, t, r, la, lo, sp, hd, ac, cm, fl, soc, od, so, pa)
  ON CONFLICT (vehicle_id) DO UPDATE SET
    time = EXCLUDED.time, received_at = EXCLUDED.received_at, lat_deg = EXCLUDED.lat_deg, lon_deg = EXCLUDED.lon_deg,
    speed_mps = EXCLUDED.speed_mps, heading_deg = EXCLUDED.heading_deg, accel_mps2 = EXCLUDED.accel_mps2,
    control_mode = EXCLUDED.control_mode, fault_level = EXCLUDED.fault_level,
    battery_soc_pct = EXCLUDED.battery_soc_pct, odometer_km = EXCLUDED.odometer_km,
    safety_officer_id = EXCLUDED.safety_officer_id, passengers = EXCLUDED.passengers,
    online = CASE WHEN cur.status_time IS NULL OR cur.status_time <= EXCLUDED.received_at THEN true ELSE cur.online END,
    status_time = GREATEST(cur.status_time, EXCLUDED.received_at)
  WHERE cur.time IS NULL OR cur.time < EXCLUDED.time`;

const UPSERT_STATUS = `
  INSERT INTO vehicle_state AS cur (vehicle_id, online, status_time)
  SELECT v, o, to_timestamp(t / 1000.0) FROM unnest($1::text[], $2::bool[], $3::float8[]) AS u(v, o, t)
  ON CONFLICT (vehicle_id) DO UPDATE SET online = EXCLUDED.online, status_time = EXCLUDED.status_time
  WHERE cur.status_time IS NULL OR cur.status_time <= EXCLUDED.status_time`;

const INSERT_DEAD_LETTERS = `
  INSERT INTO dead_letters (received_at, topic, vehicle_id, reason, detail, payload, payload_bytes)
  SELECT to_timestamp(r / 1000.0), tp, v, rs, d, p, n
    FROM unnest($1::float8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bytea[], $7::int4[])
      AS u(r, tp, v, rs, d, p, n)`;

/** Writes what the ingest accepted (and refused) in one transaction per flush. Only this class touches those tables. */
export class TelemetryWriteRepository {
  constructor(
    private readonly pool: Pool,
    private readonly maxStatementBytes: number,
  ) {}

  async write(writes: readonly PendingWrite[]): Promise<WriteOutcome> {
    const samples: SampleRow[] = [];
    const events: EventRow[] = [];
    const latest = new Map<string, SampleRow>();
    const statuses = new Map<string, { online: boolean; timeMs: number }>();
    const deadLetters: { receivedMs: number; d: DeadLetter }[] = [];
    for (const w of writes) {
      switch (w.kind) {
        case 'telemetry':
          for (const s of w.batch.samples) {
            const row = {
              vehicleId: w.batch.vehicleId,
              seq: w.batch.seq,
              receivedMs: w.receivedMs,
              resent: w.batch.resent,
              s,
            };
            samples.push(row);
            const current = latest.get(row.vehicleId);
            if (!current || current.s.timeMs < s.timeMs) latest.set(row.vehicleId, row);
          }
          break;
        case 'event':
          events.push({ receivedMs: w.receivedMs, e: w.event });
          break;
        case 'status': {
          const current = statuses.get(w.status.vehicleId);
          if (!current || current.timeMs <= w.status.timeMs) statuses.set(w.status.vehicleId, w.status);
          break;
        }
        case 'dead-letter':
          deadLetters.push({ receivedMs: w.receivedMs, d: w.deadLetter });
          break;
      }
    }

    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const samplesInserted = await this.insertChunked(client, INSERT_SAMPLES, samples, sampleValues);
      const eventsInserted = await this.insertChunked(client, INSERT_EVENTS, events, eventValues);
      await this.insertChunked(client, UPSERT_STATE, [...latest.values()], ({ vehicleId, receivedMs, s }) => [
        vehicleId,
        s.timeMs,
        receivedMs,
        s.latDeg,
        s.lonDeg,
        r4(s.speedMps),
        r4(s.headingDeg),
        r4(s.accelMps2),
        s.controlModeCode,
        s.faultLevel,
        r4(s.batterySocPct),
        s.odometerKm,
        s.safetyOfficerId,
        s.passengers,
      ]);
      await this.insertChunked(client, UPSERT_STATUS, [...statuses.entries()], ([id, s]) => [id, s.online, s.timeMs]);
      await this.insertChunked(client, INSERT_DEAD_LETTERS, deadLetters, ({ receivedMs, d }) => [
        receivedMs,
        d.topic.slice(0, 512),
        d.vehicleId,
        d.reason,
        d.detail.slice(0, 1_000),
        Buffer.from(d.payload.subarray(0, DEAD_LETTER_PAYLOAD_BYTES)),
        d.payload.length,
      ]);
      await client.query('COMMIT');
      return {
        samplesOffered: samples.length,
        samplesInserted,
        eventsOffered: events.length,
        eventsInserted,
        deadLetters: deadLetters.length,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Runs one multi-row statement per chunk of rows that fits the statement budget; returns rows affected. */
  private async insertChunked<T>(client: PoolClient, sql: string, rows: readonly T[], toValues: (row: T) => unknown[]) {
    if (rows.length === 0) return 0;
    const valueRows = rows.map(toValues);
    let affected = 0;
    for (const chunk of chunkByBytes(valueRows, textParamBytes, this.maxStatementBytes)) {
      const columns = chunk[0]!.map((_, c) => chunk.map((row) => row[c]));
      const result = await client.query(sql, columns);
      affected += result.rowCount ?? 0;
    }
    return affected;
  }
}
