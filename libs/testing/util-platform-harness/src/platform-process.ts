import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../../..');

export type RunningPlatform = {
  pid: number;
  httpUrl: string;
  mqttUrl: string;
  dataDir: string;
  logs: () => string;
  /** Settles when the process ends, however it ends. */
  exited: Promise<void>;
  stop(): Promise<void>;
  kill(): Promise<void>;
};

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** The processes the repository builds: everything in one (`platform`), or the production split. */
export type PlatformApp = 'platform' | 'api' | 'ingest';

/**
 * Starts the real platform (`apps/platform`) as a child process on free ports, with the embedded broker and
 * database unless the environment given says otherwise, and waits until /health answers.
 */
export function startPlatform(env: Record<string, string> = {}, dataDir?: string): Promise<RunningPlatform> {
  return startApp('platform', env, dataDir);
}

/**
 * Starts one of the apps as a child process with test settings on free ports and waits until its /health answers
 * (`api` and `ingest` need DATABASE_URL, the ingest also MQTT_URL, as in production).
 */
export async function startApp(
  app: PlatformApp,
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<RunningPlatform> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'fleet-e2e-'));
  const [httpPort, mqttPort] = [await freePort(), await freePort()];
  let output = '';
  // PLATFORM_NODE_ARGS passes profiling flags to the app only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env['PLATFORM_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', `apps/${app}/src/main.ts`], {
    cwd: ROOT,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: 'tsconfig.base.json',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATA_DIR: dir,
      HTTP_PORT: String(httpPort),
      // The ingest's own HTTP port (health and metrics) when it runs alone.
      INGEST_HTTP_PORT: String(httpPort),
      EMBEDDED_MQTT_PORT: String(mqttPort),
      EMBEDDED_DB_PORT: '0',
      SIMULATOR: 'false',
      SIMULATOR_VEHICLES: '20',
      LIVE_TICK_MS: '200',
      INGEST_BATCH_MAX_WAIT_MS: '50',
      INGEST_CLIENT_ID: `e2e-ingest-${httpPort}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  await waitFor(
    async () => (await fetch(`${httpUrl}/health`).catch(() => undefined))?.ok === true,
    90_000,
    () => output,
  );
  const terminate = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    // A process that does not finish its shutdown within 30 s is killed, so a wedged run still ends.
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(force);
  };
  return {
    pid: child.pid ?? 0,
    httpUrl,
    mqttUrl: env['MQTT_URL'] ?? `mqtt://127.0.0.1:${mqttPort}`,
    dataDir: dir,
    logs: () => output,
    exited,
    stop: () => terminate('SIGTERM'),
    kill: () => terminate('SIGKILL'),
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Polls a condition until it holds or the deadline passes (never a fixed sleep). */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
  describe: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms\n${describe().slice(-4_000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
