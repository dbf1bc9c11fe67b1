import type { Logger } from '@fleet/logging';
import type { ReportsRefresher } from '@fleet/reports-data';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/** Runs the report refresher on a timer (one run at a time; other instances skip through an advisory lock). */
export class ReportsRefreshJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly refresher: ReportsRefresher,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs until caught up; each run is its own transaction, so other work gets the connection in between. */
  private async catchUp(): Promise<void> {
    for (;;) {
      const result = await this.refresher.run();
      if (!result.ran || result.caughtUp || this.stopped) return;
    }
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.catchUp()
      .catch((error: unknown) => this.log.warn({ err: error }, 'report refresh failed'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
