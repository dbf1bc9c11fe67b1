import type { Logger } from '@fleet/logging';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SIMULATOR_ENTRY = fileURLToPath(new URL('../../simulator/src/main.ts', import.meta.url));

export type SimulatorProcess = { stop(): Promise<void> };

/**
 * Runs the demo fleet simulator as its own process, as a vehicle's terminal would be: it reaches the
 * platform only through the broker, and its load never competes with the services' event loop.
 */
export function startSimulatorProcess(
  options: { mqttUrl: string; vehicles: number; hz: number },
  log: Logger,
): SimulatorProcess {
  const child = fork(
    SIMULATOR_ENTRY,
    ['--mqtt-url', options.mqttUrl, '--vehicles', String(options.vehicles), '--hz', String(options.hz)],
    { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM') log.warn({ code, signal }, 'demo fleet simulator exited');
  });
  return {
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
