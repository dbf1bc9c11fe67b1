import { sampleCount, type PendingWrite } from './pending-write.js';
import type { WriteOutcome } from './telemetry-write.repository.js';

export type WriteQueueOptions = {
  /** Flush as soon as this many samples wait. */
  maxRows: number;
  /** Flush at the latest this long after the first sample arrived. */
  maxWaitMs: number;
  /** Above this many waiting samples, producers must wait (`whenRoom`). */
  highWater: number;
};

export type WriteQueueHooks = {
  write(writes: PendingWrite[]): Promise<WriteOutcome>;
  flushed(writes: PendingWrite[], outcome: WriteOutcome, seconds: number): void;
  /** A flush failed and will be retried; the writes stay queued in order. */
  failed(error: unknown, attempt: number): void;
  /** Whether an error is the data's fault (retrying the same rows cannot help) rather than the connection's. */
  isDataError(error: unknown): boolean;
  /** Turns one accepted write the database refused into a dead letter. */
  toDeadLetter(write: Exclude<PendingWrite, { kind: 'dead-letter' }>, error: unknown): PendingWrite;
  /** A dead letter the database refused too. */
  dropped(write: PendingWrite, error: unknown): void;
};

const MAX_BACKOFF_MS = 5_000;

/**
 * Batches writes for the database: one flush in flight, bounded by a high-water mark so a slow database
 * slows the consumer down instead of growing memory. A connection failure retries the same batch; a
 * data failure writes the batch one message at a time so only the offending message is dead-lettered.
 */
export class WriteQueue {
  private readonly queue: PendingWrite[] = [];
  /** Parallel to `queue`: what to call once each write is committed (the MQTT acknowledgement). */
  private readonly onCommitted: ((() => void) | undefined)[] = [];
  private queuedSamples = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private roomWaiters: (() => void)[] = [];
  private closed = false;
  private giveUpAt = Number.POSITIVE_INFINITY;

  constructor(
    private readonly options: WriteQueueOptions,
    private readonly hooks: WriteQueueHooks,
  ) {}

  get size(): number {
    return this.queuedSamples;
  }

  /** Queues a write; `onCommitted` runs once it is committed (or, for a dead letter the database refused, dropped). */
  push(write: PendingWrite, onCommitted?: () => void): void {
    this.queue.push(write);
    this.onCommitted.push(onCommitted);
    this.queuedSamples += sampleCount(write);
    if (this.queuedSamples >= this.options.maxRows) this.flushSoon(0);
    else this.flushSoon(this.options.maxWaitMs);
  }

  /** Resolves immediately while below the high-water mark, otherwise once a flush made room. */
  whenRoom(): Promise<void> {
    if (this.queuedSamples < this.options.highWater) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push(resolve));
  }

  /**
   * Writes everything still queued; used on shutdown. Gives up after `timeoutMs` when the database stays
   * unreachable, and returns how many samples were left unwritten.
   */
  async drain(timeoutMs: number): Promise<number> {
    this.closed = true;
    this.giveUpAt = Date.now() + timeoutMs;
    clearTimeout(this.timer);
    while ((this.queue.length > 0 || this.flushing) && Date.now() < this.giveUpAt) {
      await (this.flushing ?? this.startFlush());
    }
    await this.flushing;
    return this.queuedSamples;
  }

  private flushSoon(delayMs: number): void {
    if (this.flushing || this.closed) return;
    if (delayMs === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.startFlush();
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        void this.startFlush();
      }, delayMs);
    }
  }

  private startFlush(): Promise<void> {
    this.flushing = this.flushLoop().finally(() => {
      this.flushing = undefined;
      if (this.queue.length > 0 && !this.closed)
        this.flushSoon(this.queuedSamples >= this.options.maxRows ? 0 : this.options.maxWaitMs);
    });
    return this.flushing;
  }

  private async flushLoop(): Promise<void> {
    let attempt = 0;
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      const started = performance.now();
      try {
        const outcome = await this.writeOrIsolate(batch);
        this.release(batch);
        this.hooks.flushed(batch, outcome, (performance.now() - started) / 1_000);
        attempt = 0;
        if (this.queuedSamples < this.options.maxRows) return;
      } catch (error) {
        attempt++;
        this.hooks.failed(error, attempt);
        if (Date.now() >= this.giveUpAt) return;
        await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_BACKOFF_MS, 100 * 2 ** attempt)));
      }
    }
  }

  /** The head of the queue up to maxRows samples (at least one write), left in place until committed. */
  private takeBatch(): PendingWrite[] {
    let samples = 0;
    let n = 0;
    while (n < this.queue.length && (n === 0 || samples + sampleCount(this.queue[n]!) <= this.options.maxRows)) {
      samples += sampleCount(this.queue[n]!);
      n++;
    }
    return this.queue.slice(0, n);
  }

  private release(batch: PendingWrite[]): void {
    this.queue.splice(0, batch.length);
    for (const w of batch) this.queuedSamples -= sampleCount(w);
    for (const committed of this.onCommitted.splice(0, batch.length)) committed?.();
    if (this.queuedSamples < this.options.highWater) {
      const waiters = this.roomWaiters;
      this.roomWaiters = [];
      for (const wake of waiters) wake();
    }
  }

  private async writeOrIsolate(batch: PendingWrite[]): Promise<WriteOutcome> {
    try {
      return await this.hooks.write(batch);
    } catch (error) {
      if (!this.hooks.isDataError(error)) throw error;
      if (batch.length > 1) {
        // One message poisons the batch: write each alone so the others are kept.
        const outcomes: WriteOutcome[] = [];
        for (const write of batch) outcomes.push(await this.writeOrIsolate([write]));
        return sumOutcomes(outcomes);
      }
      const only = batch[0]!;
      if (only.kind !== 'dead-letter') return this.hooks.write([this.hooks.toDeadLetter(only, error)]);
      // Even its dead letter was refused: nothing is left to isolate, so it is dropped loudly, not retried forever.
      this.hooks.dropped(only, error);
      return sumOutcomes([]);
    }
  }
}

function sumOutcomes(outcomes: WriteOutcome[]): WriteOutcome {
  const total: WriteOutcome = {
    samplesOffered: 0,
    samplesInserted: 0,
    eventsOffered: 0,
    eventsInserted: 0,
    deadLetters: 0,
  };
  for (const o of outcomes) {
    total.samplesOffered += o.samplesOffered;
    total.samplesInserted += o.samplesInserted;
    total.eventsOffered += o.eventsOffered;
    total.eventsInserted += o.eventsInserted;
    total.deadLetters += o.deadLetters;
  }
  return total;
}
