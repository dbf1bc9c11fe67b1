import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { SimulatorOptionsInput, SimulatorStats } from '@fleet/simulator';
import type { DriverCommand, DriverReply } from './load-driver-protocol.js';

const ROOT = resolve(import.meta.dirname, '../../../..');

/** The parent's side of one load-generator process. */
export class LoadDriver {
  private constructor(
    private readonly child: ChildProcess,
    readonly vehicles: number,
    readonly connectMs: number,
  ) {}

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Forks a driver and waits until every one of its MQTT connections is up. */
  static async start(options: SimulatorOptionsInput & { vehicles: number }): Promise<LoadDriver> {
    const child = fork(resolve(import.meta.dirname, 'load-driver.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
      env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const started = await new Promise<DriverReply>((resolvePromise, reject) => {
      child.once('message', (m: DriverReply) => resolvePromise(m));
      child.once('exit', (code) => reject(new Error(`load driver exited with ${code} while starting`)));
      child.send({ type: 'start', options } satisfies DriverCommand);
    });
    if (started.type !== 'started') {
      child.kill();
      throw new Error(`load driver failed to start: ${started.type === 'failed' ? started.message : started.type}`);
    }
    return new LoadDriver(child, options.vehicles, started.connectMs);
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  resume(): void {
    this.send({ type: 'resume' });
  }

  stats(): Promise<SimulatorStats> {
    return this.ask({ type: 'stats' }, 'stats');
  }

  async stop(): Promise<SimulatorStats> {
    const exited = new Promise((r) => this.child.once('exit', r));
    const stats = await this.ask({ type: 'stop' }, 'stopped');
    await exited;
    return stats;
  }

  private send(command: DriverCommand): void {
    this.child.send(command);
  }

  private ask(command: DriverCommand, answer: 'stats' | 'stopped'): Promise<SimulatorStats> {
    return new Promise((resolvePromise, reject) => {
      const onExit = () => reject(new Error('load driver exited'));
      const onMessage = (m: DriverReply) => {
        if (m.type !== answer) return;
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        resolvePromise(m.stats);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.send(command);
    });
  }
}
