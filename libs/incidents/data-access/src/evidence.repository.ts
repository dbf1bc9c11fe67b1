import {
  evidenceChain,
  type EvidenceChain,
  type EvidenceEvent,
  type EvidenceHeader,
  type EvidenceSample,
  type IncidentKind,
  type Sha256Hex,
} from '@fleet/incidents-model';
import type { Pool, PoolClient } from 'pg';
import {
  EVENT_COLUMNS,
  EVENT_SELECT,
  eventOf,
  SAMPLE_COLUMNS,
  SAMPLE_SELECT,
  sampleOf,
  type EvidenceEventRow,
  type EvidenceSampleRow,
} from './evidence-rows.js';

export type EvidenceLock = {
  incidentId: number;
  lockedAt: Date;
  header: EvidenceHeader;
  chain: EvidenceChain;
  digest: string;
  sampleCount: number;
  eventCount: number;
};

type LockRow = {
  incident_id: number;
  locked_at: Date;
  header: EvidenceHeader;
  chain: EvidenceChain;
  digest: string;
  sample_count: number;
  event_count: number;
};

const lockOf = (r: LockRow): EvidenceLock => ({
  incidentId: r.incident_id,
  lockedAt: r.locked_at,
  header: r.header,
  chain: r.chain,
  digest: r.digest,
  sampleCount: r.sample_count,
  eventCount: r.event_count,
});

type Queryish = Pick<PoolClient, 'query'>;

/**
 * Floats leave the server as text: with extra_float_digits ≤ 0 (a server or role setting) they would be rounded and
 * the digests would no longer match. Any positive value gives the shortest exact text (PostgreSQL ≥ 12).
 */
const EXACT_FLOATS = 'SET LOCAL extra_float_digits = 1';

/**
 * Locked evidence: copies of an incident's window (samples and events) into append-only tables, with the chain of
 * digests over their canonical serialisation. The chain is computed from the rows read back from the evidence
 * tables, exactly as verification later reads them.
 */
export class EvidenceRepository {
  constructor(private readonly pool: Pool) {}

  /**
   * Copies the window and locks it, in one transaction. Undefined when the incident is already locked (or another
   * instance is locking it right now: SKIP LOCKED).
   */
  async capture(incidentId: number, sha256Hex: Sha256Hex): Promise<EvidenceLock | undefined> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(EXACT_FLOATS);
      const incident = await client.query<{
        id: number;
        vehicle_id: string;
        kind: IncidentKind;
        occurred_at: Date;
        window_from: Date;
        window_to: Date;
      }>(
        `SELECT id, vehicle_id, kind, occurred_at, window_from, window_to FROM incidents
         WHERE id = $1 AND evidence_state = 'pending' FOR UPDATE SKIP LOCKED`,
        [incidentId],
      );
      const row = incident.rows[0];
      if (!row) {
        await client.query('ROLLBACK');
        return undefined;
      }
      const window = [row.id, row.vehicle_id, row.window_from, row.window_to];
      await client.query(
        `INSERT INTO evidence_samples (incident_id, row_index, ${SAMPLE_COLUMNS})
         SELECT $1, (row_number() OVER (ORDER BY time) - 1)::int, ${SAMPLE_COLUMNS} FROM telemetry_samples
         WHERE vehicle_id = $2 AND time >= $3 AND time <= $4`,
        window,
      );
      await client.query(
        `INSERT INTO evidence_events (incident_id, row_index, ${EVENT_COLUMNS})
         SELECT $1, (row_number() OVER (ORDER BY time, seq) - 1)::int, ${EVENT_COLUMNS} FROM vehicle_events
         WHERE vehicle_id = $2 AND time >= $3 AND time <= $4`,
        window,
      );
      const { samples, events } = await this.rowsWith(client, incidentId);
      const header: EvidenceHeader = {
        incidentId: row.id,
        vehicleId: row.vehicle_id,
        kind: row.kind,
        time: row.occurred_at.toISOString(),
        windowFrom: row.window_from.toISOString(),
        windowTo: row.window_to.toISOString(),
      };
      const chain = evidenceChain(header, samples, events, sha256Hex);
      const lock = await client.query<LockRow>(
        `INSERT INTO evidence_locks (incident_id, header, chain, digest, sample_count, event_count)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [incidentId, JSON.stringify(header), JSON.stringify(chain), chain.digest, samples.length, events.length],
      );
      await client.query(`UPDATE incidents SET evidence_state = 'locked' WHERE id = $1`, [incidentId]);
      await client.query(
        `INSERT INTO incident_history (incident_id, action, actor, note) VALUES ($1, 'evidence_locked', 'system', $2)`,
        [incidentId, `${samples.length} samples, ${events.length} events, sha256 ${chain.digest}`],
      );
      await client.query('COMMIT');
      const locked = lock.rows[0];
      return locked ? lockOf(locked) : undefined;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async lock(incidentId: number): Promise<EvidenceLock | undefined> {
    const result = await this.pool.query<LockRow>(`SELECT * FROM evidence_locks WHERE incident_id = $1`, [incidentId]);
    const row = result.rows[0];
    return row ? lockOf(row) : undefined;
  }

  /** The stored evidence rows in canonical order. */
  async rows(incidentId: number): Promise<{ samples: EvidenceSample[]; events: EvidenceEvent[] }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(EXACT_FLOATS);
      const rows = await this.rowsWith(client, incidentId);
      await client.query('COMMIT');
      return rows;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async rowsWith(
    db: Queryish,
    incidentId: number,
  ): Promise<{ samples: EvidenceSample[]; events: EvidenceEvent[] }> {
    const samples = await db.query<EvidenceSampleRow>(
      `SELECT ${SAMPLE_SELECT} FROM evidence_samples WHERE incident_id = $1 ORDER BY row_index`,
      [incidentId],
    );
    const events = await db.query<EvidenceEventRow>(
      `SELECT ${EVENT_SELECT} FROM evidence_events WHERE incident_id = $1 ORDER BY row_index`,
      [incidentId],
    );
    return { samples: samples.rows.map(sampleOf), events: events.rows.map(eventOf) };
  }
}
