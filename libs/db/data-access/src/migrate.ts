import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import { detectCapabilities, type DatabaseCapabilities } from './database-capabilities.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any constant works; it keeps two instances starting together from migrating at once.
const MIGRATION_LOCK_ID = 727_001;

export type MigrationResult = { applied: string[]; capabilities: DatabaseCapabilities };

/**
 * Applies pending migrations in order, each in its own transaction. `NNN_name.sql` always runs;
 * `NNN_name.timescale.sql` runs after it only when TimescaleDB is available.
 */
export async function migrate(pool: Pool, migrationsDir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const capabilities = await detectCapabilities(client);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id),
    );
    const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
    const applied: string[] = [];
    for (const file of files.filter((f) => !f.endsWith('.timescale.sql'))) {
      const id = file.replace(/\.sql$/, '');
      if (done.has(id)) continue;
      const timescaleFile = `${id}.timescale.sql`;
      await client.query('BEGIN');
      try {
        await client.query(await readFile(`${migrationsDir}/${file}`, 'utf8'));
        if (capabilities.timescale && files.includes(timescaleFile)) {
          await client.query(await readFile(`${migrationsDir}/${timescaleFile}`, 'utf8'));
        }
        await client.query('INSERT INTO schema_migrations (id) VALUES ($1)', [id]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${id} failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      applied.push(id);
    }
    return { applied, capabilities };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
}
