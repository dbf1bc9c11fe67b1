import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { EmbeddedDatabaseMessage } from './embedded-database-message.js';

export type EmbeddedDatabase = {
  /** Connection string for `pg` (the embedded server accepts any user without a password). */
  url: string;
  pid: number;
  /** Resolves when the process has exited. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
};

export type EmbeddedDatabaseOptions = { dataDir: string; port: number; host?: string; startTimeoutMs?: number };

const ENTRY = fileURLToPath(new URL('./embedded-database-process.ts', import.meta.url));

/** Starts the embedded TimescaleDB in a child process and resolves once it accepts connections. */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const host = options.host ?? '127.0.0.1';
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      EMBEDDED_DB_DATA_DIR: options.dataDir,
      EMBEDDED_DB_PORT: String(options.port),
      EMBEDDED_DB_HOST: host,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await waitForReady(child, exited, options.startTimeoutMs ?? 60_000);
  return {
    url: `postgres://postgres@${ready.host}:${ready.port}/postgres`,
    pid: child.pid ?? -1,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' } satisfies EmbeddedDatabaseMessage);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  timeoutMs: number,
): Promise<{ host: string; port: number }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded database did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', (message: EmbeddedDatabaseMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve({ host: message.host, port: message.port });
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`embedded database failed to start: ${message.error}`));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`embedded database exited with code ${code} before it was ready`));
    });
  });
}
