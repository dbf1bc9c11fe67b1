import { createPool, migrate, runDueTimescaleJobs, startEmbeddedDatabase } from '@fleet/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportFiguresRepository } from './report-figures.repository.js';
import { DEFAULT_REPORT_SETTINGS } from './report-settings.js';
import { ReportsRefresher } from './reports-refresher.js';
import { driveAlong, insertEvent, insertSamples, TEST_ROUTE } from './testing/synthetic-drive.js';

const dataDir = mkdtempSync(join(tmpdir(), 'fleet-reports-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function withDatabase<T>(work: (pool: Pool) => Promise<T>): Promise<T> {
  const db = await startEmbeddedDatabase({ dataDir, port: 0 });
  const pool = createPool({ url: db.url, max: 1, applicationName: 'reports-restart-test' });
  try {
    return await work(pool);
  } finally {
    await pool.end();
    await db.stop();
  }
}

const base = Math.floor(Date.now() / 86_400_000) * 86_400_000 - 3 * 86_400_000;
const makeCagPolicyDue = (pool: Pool) =>
  pool.query(`SELECT alter_job(job_id, next_start => now()) FROM timescaledb_information.jobs
               WHERE proc_name = 'policy_refresh_continuous_aggregate'`);

describe('report aggregates across a restart of the embedded database', () => {
  it(
    'runs the continuous-aggregate policy and the refresher after reopening the data directory',
    { timeout: 120_000 },
    async () => {
      await withDatabase(async (pool) => {
        await migrate(pool);
        await pool.query(`INSERT INTO enterprises (id, name_zh, name_en) VALUES ('e1', '示例', 'Example')`);
        await pool.query(`INSERT INTO vehicles (id, vin, plate, category, automation_level, enterprise_id)
                        VALUES ('V1', 'LSVAU2180N2183294', '沪A·0001试', 'robotaxi', 4, 'e1')`);
        await insertSamples(pool, 'V1', driveAlong(TEST_ROUTE, base, 300));
        await insertEvent(pool, 'V1', { timeMs: base + 10_000, kind: 2, initiator: 1 });
      });
      await withDatabase(async (pool) => {
        expect((await migrate(pool)).applied).toEqual([]);
        await insertEvent(pool, 'V1', { timeMs: base + 20_000, kind: 2, initiator: 3, resent: true });
        // Fails with a licence error unless the TSL library was loaded again on reopen.
        await makeCagPolicyDue(pool);
        const policy = await pool.query<{ job_id: number }>(
          `SELECT job_id FROM timescaledb_information.jobs WHERE proc_name = 'policy_refresh_continuous_aggregate'`,
        );
        expect(await runDueTimescaleJobs(pool)).toContain(policy.rows[0]?.job_id);
        await new ReportsRefresher(pool, DEFAULT_REPORT_SETTINGS).run();
        // Read what the policy materialised, not the real-time part.
        await pool.query(`ALTER MATERIALIZED VIEW report_events_hourly SET (timescaledb.materialized_only = true)`);
        const { vehicles } = await new ReportFiguresRepository(pool).vehicleFigures(
          { kind: 'all' },
          {},
          base - 86_400_000,
          base + 86_400_000,
          [],
        );
        expect(vehicles[0]?.disengagements.byInitiator).toMatchObject({ system: 1, remote_operator: 1 });
        expect(vehicles[0]?.distanceKm).toBeCloseTo(3, 1);
      });
    },
  );
});
