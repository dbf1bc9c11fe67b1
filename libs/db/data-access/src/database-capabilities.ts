import type { Queryable } from './queryable.js';

/**
 * What the connected server can do. The one place where TimescaleDB and plain PostgreSQL differ:
 * migrations add `*.timescale.sql` files and the job runner runs only when `timescale` is true.
 */
export type DatabaseCapabilities = { timescale: boolean; timescaleVersion: string | null };

export async function detectCapabilities(db: Queryable): Promise<DatabaseCapabilities> {
  const available = await db.query<{ installed: string | null; available: boolean }>(
    `SELECT (SELECT extversion FROM pg_extension WHERE extname = 'timescaledb') AS installed,
            EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb') AS available`,
  );
  const row = available.rows[0];
  if (row?.installed) return { timescale: true, timescaleVersion: row.installed };
  if (!row?.available) return { timescale: false, timescaleVersion: null };
  await db.query('CREATE EXTENSION IF NOT EXISTS timescaledb');
  const version = await db.query<{ extversion: string }>(
    `SELECT extversion FROM pg_extension WHERE extname = 'timescaledb'`,
  );
  return { timescale: true, timescaleVersion: version.rows[0]?.extversion ?? null };
}
