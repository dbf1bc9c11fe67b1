import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { createPool } from '../create-pool.js';
import { startEmbeddedDatabase } from '../embedded/start-embedded-database.js';
import { migrate } from '../migrate.js';

export type TestDatabase = { pool: Pool; stop(): Promise<void> };

/**
 * For integration tests: the real embedded TimescaleDB in a fresh directory, migrated from empty, with the two
 * enterprises (`ent-a`, `ent-b`) and the vehicles (`A-1` of ent-a) most scope tests need.
 */
export async function startMigratedTestDatabase(name: string): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), `fleet-${name}-db-`));
  const db = await startEmbeddedDatabase({ dataDir, port: 0 });
  const pool = createPool({ url: db.url, max: 1, applicationName: `${name}-test` });
  await migrate(pool);
  await pool.query(`INSERT INTO enterprises (id, name_zh, name_en) VALUES ('ent-a', 'A', 'A'), ('ent-b', 'B', 'B')`);
  await pool.query(`INSERT INTO vehicles (id, vin, plate, category, automation_level, enterprise_id) VALUES
    ('A-1', 'LSVAU2180N2183294', '沪A·0001试', 'robotaxi', 4, 'ent-a'),
    ('B-1', 'LSVAU2180N2183295', '沪A·0002试', 'robotaxi', 4, 'ent-b')`);
  return {
    pool,
    stop: async () => {
      await pool.end();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
