import pg from 'pg';

export type PoolOptions = { url: string; max: number; applicationName: string };

// int8 (bigint) and numeric come back as strings by default; counts and sequence numbers here stay
// far below 2^53, so numbers are safe and simpler for callers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** The only way the platform talks to its database: `pg`, for the embedded and the external server alike. */
export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    application_name: options.applicationName,
    connectionTimeoutMillis: 30_000,
    idleTimeoutMillis: 0,
  });
  // A connection that dies while checked out (a database restart or failover) emits 'error' on its client, which
  // would end the process unhandled. The caller's next query on it fails and is handled there, and the pool drops the
  // broken client when it comes back; idle ones report through the pool's own 'error' event.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
