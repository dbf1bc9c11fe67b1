import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool } from '../create-pool.js';
import { migrate } from '../migrate.js';
import { runDueTimescaleJobs } from '../timescale-jobs.js';
import { startEmbeddedDatabase } from './start-embedded-database.js';

const dataDir = mkdtempSync(join(tmpdir(), 'fleet-embedded-db-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function withDatabase<T>(work: (pool: ReturnType<typeof createPool>) => Promise<T>): Promise<T> {
  const db = await startEmbeddedDatabase({ dataDir, port: 0 });
  const pool = createPool({ url: db.url, max: 1, applicationName: 'test' });
  try {
    return await work(pool);
  } finally {
    await pool.end();
    await db.stop();
  }
}

describe(startEmbeddedDatabase.name, () => {
  it('migrates an empty database into TimescaleDB hypertables with compression and retention', async () => {
    await withDatabase(async (pool) => {
      const result = await migrate(pool);
      expect(result.capabilities.timescale).toBe(true);
      expect(result.applied).toEqual([
        '001_registry',
        '002_telemetry',
        '003_auth',
        '004_permits',
        '005_alerts',
        '006_incidents',
        '007_reports',
      ]);
      const hypertables = await pool.query<{ hypertable_name: string; compression_enabled: boolean }>(
        'SELECT hypertable_name, compression_enabled FROM timescaledb_information.hypertables ORDER BY 1',
      );
      expect(hypertables.rows).toEqual([
        { hypertable_name: 'telemetry_samples', compression_enabled: true },
        { hypertable_name: 'vehicle_events', compression_enabled: true },
      ]);
      const policies = await pool.query<{ proc_name: string }>(
        'SELECT proc_name FROM timescaledb_information.jobs WHERE job_id >= 1000 ORDER BY 1',
      );
      expect(policies.rows.map((r) => r.proc_name)).toEqual([
        'policy_compression',
        'policy_compression',
        'policy_refresh_continuous_aggregate',
        'policy_retention',
        'policy_retention',
      ]);
      await pool.query(`INSERT INTO enterprises VALUES ('e1', '示例', 'Example')`);
      await pool.query(`INSERT INTO vehicles (id, vin, plate, category, automation_level, enterprise_id)
                        VALUES ('V1', 'LSVAU2180N2183294', '沪A·0001试', 'robotaxi', 4, 'e1')`);
      await pool.query(
        `INSERT INTO telemetry_samples (vehicle_id, time, seq, received_at, resent, lat_deg, lon_deg, speed_mps,
           heading_deg, accel_mps2, control_mode, takeover_requested)
         SELECT 'V1', now() - make_interval(days => 10) + make_interval(secs => g), g, now(), false, 31.3, 121.2, 5, 90, 0, 3, false
           FROM generate_series(1, 100) g`,
      );
    });
  });

  it('keeps data across a restart and can still compress and run policy jobs after reopening', async () => {
    await withDatabase(async (pool) => {
      expect((await migrate(pool)).applied).toEqual([]);
      const count = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry_samples');
      expect(count.rows[0]?.n).toBe(100);
      // Fails with a licence error unless the TSL library was loaded again on reopen.
      await pool.query(
        `SELECT alter_job(job_id, next_start => now()) FROM timescaledb_information.jobs WHERE job_id >= 1000`,
      );
      const ran = await runDueTimescaleJobs(pool);
      expect(ran).toHaveLength(5);
      const forced = await pool.query<{ compressed: number }>(
        `SELECT count(compress_chunk(c, if_not_compressed => true))::int AS compressed
           FROM show_chunks('telemetry_samples', older_than => INTERVAL '7 days') c`,
      );
      expect(forced.rows[0]?.compressed).toBeGreaterThan(0);
      const stats = await pool.query<{ compressed: number }>(
        `SELECT count(*)::int AS compressed FROM timescaledb_information.chunks
          WHERE hypertable_name = 'telemetry_samples' AND is_compressed`,
      );
      expect(stats.rows[0]?.compressed).toBeGreaterThan(0);
      const after = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry_samples');
      expect(after.rows[0]?.n).toBe(100);
    });
  });

  it('takes statements far above 64 KB (TCP splits them across reads) and serves waiting connections in turn', async () => {
    const db = await startEmbeddedDatabase({ dataDir, port: 0 });
    const first = createPool({ url: db.url, max: 1, applicationName: 'first' });
    const second = createPool({ url: db.url, max: 1, applicationName: 'second' });
    try {
      // Only notices and above reach a client (this PGlite build starts at debug3, noisy and fault-prone).
      const notices: string[] = [];
      const client = await first.connect();
      client.on('notice', (n) => notices.push(`${n.severity}: ${n.message}`));
      expect((await client.query('SHOW client_min_messages')).rows[0]).toEqual({ client_min_messages: 'notice' });
      await client.query('SELECT count(*) FROM pg_class');
      expect(notices).toEqual([]);
      client.release();
      const big = 'x'.repeat(1_000_000);
      for (let i = 0; i < 5; i++) {
        const echoed = await first.query<{ n: number }>('SELECT length($1::text) AS n', [big]);
        expect(echoed.rows[0]?.n).toBe(1_000_000);
      }
      // One session at a time: the second client is served once the first has disconnected, and does not inherit
      // the transaction the first left open.
      const leaving = await first.connect();
      await leaving.query('BEGIN');
      await leaving.query('CREATE TABLE left_open (x int)');
      const waiting = second.query<{ open: boolean }>(`SELECT to_regclass('left_open') IS NOT NULL AS open`);
      leaving.release(new Error('dropped mid-transaction'));
      await first.end();
      expect((await waiting).rows[0]?.open).toBe(false);
      // …and still finds the tables by their plain names.
      const tables = await second.query<{ n: number }>('SELECT count(*)::int AS n FROM telemetry_samples');
      expect(tables.rows[0]?.n).toBe(100);
    } finally {
      await second.end();
      await db.stop();
    }
  });
});
