import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { createConnection } from 'node:net';
import mqtt from 'mqtt';
import { freePort, waitFor } from './platform-process.js';

const ROOT = resolve(import.meta.dirname, '../../../..');

const PG_BIN = '/usr/lib/postgresql/15/bin';

export type ExternalServer = {
  url: string;
  /** Stops the server for `downMs`, then starts it again on the same port with the same data. */
  restart(downMs?: number): Promise<void>;
  stop(): Promise<void>;
};

export type PostgresOptions = { maxConnections?: number };

/** A throwaway PostgreSQL 15 cluster on a loopback port (Debian's packages; as root it runs as `postgres`). */
export async function startPostgres(options: PostgresOptions = {}): Promise<ExternalServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-pg-'));
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  run(`${PG_BIN}/initdb`, ['-D', `${dir}/data`, '-U', 'fleet', '--auth=trust', '-E', 'UTF8']);
  const args = [
    '-D',
    `${dir}/data`,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    ...(options.maxConnections ? ['-c', `max_connections=${options.maxConnections}`] : []),
  ];
  const launch = async () => {
    const server: ChildProcess = asRoot
      ? spawn('runuser', ['-u', 'postgres', '--', `${PG_BIN}/postgres`, ...args], { stdio: 'ignore' })
      : spawn(`${PG_BIN}/postgres`, args, { stdio: 'ignore' });
    const exited = new Promise<void>((r) => server.once('exit', () => r()));
    await waitFor(() => {
      try {
        execFileSync(`${PG_BIN}/pg_isready`, ['-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    }, 30_000);
    return { exited };
  };
  // Fast shutdown: sessions are ended and the data stays consistent, as in a planned restart or a failover.
  const server = await ServerProcess.start(launch, () =>
    run(`${PG_BIN}/pg_ctl`, ['stop', '-D', `${dir}/data`, '-m', 'fast', '-w']),
  );
  return {
    url: `postgres://fleet@127.0.0.1:${port}/postgres`,
    restart: (downMs) => server.restart(downMs),
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A server's current process, stopped and started again with the same settings (port, data) on `restart`. */
class ServerProcess<P extends { exited: Promise<void> }> {
  private constructor(
    private readonly launch: () => Promise<P>,
    private readonly halt: (process: P) => unknown,
    public current: P,
  ) {}

  static async start<P extends { exited: Promise<void> }>(launch: () => Promise<P>, halt: (process: P) => unknown) {
    return new ServerProcess(launch, halt, await launch());
  }

  async stop(): Promise<void> {
    this.halt(this.current);
    await this.current.exited;
  }

  async restart(downMs = 0): Promise<void> {
    await this.stop();
    await sleep(downMs);
    this.current = await this.launch();
  }
}

/** Resolves once something accepts TCP connections on the loopback port. */
function waitForPort(port: number, timeoutMs: number): Promise<void> {
  return waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = createConnection(port, '127.0.0.1');
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
      }),
    timeoutMs,
  );
}

export type MosquittoServer = ExternalServer & {
  /** Adds or replaces a user in the password file (mosquitto_passwd) and makes the broker reload it. */
  setPassword(username: string, password: string): Promise<void>;
  /** The same for many users, with one reload. */
  setPasswords(entries: [username: string, password: string][]): Promise<void>;
};

export type MosquittoOptions = {
  /** Keep sessions and queued messages across a restart (saved on shutdown), as a production broker does. */
  persistence?: boolean;
};

/**
 * A Mosquitto 2 broker on a loopback port, configured as infra/ documents for production: no anonymous clients,
 * a password file and the platform's ACL file (infra/mosquitto/acl). Persistence is off unless asked for.
 */
export async function startMosquitto(options: MosquittoOptions = {}): Promise<MosquittoServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-mosquitto-'));
  const port = await freePort();
  const passwordFile = join(dir, 'passwd');
  writeFileSync(passwordFile, '');
  writeFileSync(
    join(dir, 'mosquitto.conf'),
    [
      `listener ${port} 127.0.0.1`,
      'allow_anonymous false',
      `password_file ${passwordFile}`,
      `acl_file ${resolve(ROOT, 'infra/mosquitto/acl')}`,
      ...(options.persistence ? ['persistence true', `persistence_location ${dir}/`] : ['persistence false']),
      // As infra/mosquitto/mosquitto.conf: the ingest acknowledges after commit, so no narrow in-flight window.
      'max_inflight_messages 0',
      'max_queued_messages 1000000',
      // Stay the test's user, so that a reload (SIGHUP) can read the password file in this private directory.
      `user ${userInfo().username}`,
      '',
    ].join('\n'),
  );
  const launch = async () => {
    const server = spawn('mosquitto', ['-c', join(dir, 'mosquitto.conf')], { stdio: 'ignore' });
    const exited = new Promise<void>((r) => server.once('exit', () => r()));
    await waitForPort(port, 15_000);
    return { server, exited };
  };
  const broker = await ServerProcess.start(launch, ({ server }) => server.kill('SIGTERM'));
  const setPasswords = async (entries: [string, string][]) => {
    for (const [username, password] of entries)
      execFileSync('mosquitto_passwd', ['-b', passwordFile, username, password]);
    broker.current.server.kill('SIGHUP');
    const [username, password] = entries.at(-1) ?? ['', ''];
    // The reload is asynchronous: wait until the new password is accepted.
    await waitFor(
      () =>
        mqtt
          .connectAsync(`mqtt://127.0.0.1:${port}`, { username, password, clientId: username, reconnectPeriod: 0 })
          .then((client) => client.endAsync().then(() => true))
          .catch(() => false),
      10_000,
    );
  };
  return {
    url: `mqtt://127.0.0.1:${port}`,
    setPassword: (username, password) => setPasswords([[username, password]]),
    setPasswords,
    restart: (downMs) => broker.restart(downMs),
    stop: async () => {
      await broker.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const [uid, gid] = execFileSync('id', ['-u', 'postgres'])
    .toString()
    .trim()
    .split('\n')
    .concat(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid: Number(uid), gid: Number(gid) };
}

/** A throwaway Redis (Debian's redis-server) on a loopback port, nothing persisted. */
export async function startRedis(): Promise<ExternalServer> {
  const port = await freePort();
  const launch = async () => {
    const server = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const exited = new Promise<void>((r) => server.once('exit', () => r()));
    await waitFor(() => {
      try {
        return (
          execFileSync('redis-cli', ['-p', String(port), 'ping'])
            .toString()
            .trim() === 'PONG'
        );
      } catch {
        return false;
      }
    }, 15_000);
    return { server, exited };
  };
  const server = await ServerProcess.start(launch, ({ server }) => server.kill('SIGTERM'));
  return {
    url: `redis://127.0.0.1:${port}`,
    restart: (downMs) => server.restart(downMs),
    stop: () => server.stop(),
  };
}
