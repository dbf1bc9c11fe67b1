import { describe, expect, it, vi } from 'vitest';
import { storageRejected, type PendingWrite } from './pending-write.js';
import type { WriteOutcome } from './telemetry-write.repository.js';
import { WriteQueue, type WriteQueueHooks } from './write-queue.js';

const telemetry = (vehicleId: string, samples: number): PendingWrite => ({
  kind: 'telemetry',
  receivedMs: 0,
  batch: {
    vehicleId,
    seq: 1,
    resent: false,
    samples: Array.from({ length: samples }, (_, i) => ({ timeMs: i }) as never),
  },
});

const outcomeOf = (writes: PendingWrite[]): WriteOutcome => ({
  samplesOffered: writes.reduce((n, w) => n + (w.kind === 'telemetry' ? w.batch.samples.length : 0), 0),
  samplesInserted: writes.reduce((n, w) => n + (w.kind === 'telemetry' ? w.batch.samples.length : 0), 0),
  eventsOffered: 0,
  eventsInserted: 0,
  deadLetters: writes.filter((w) => w.kind === 'dead-letter').length,
});

function hooks(
  write: (writes: PendingWrite[]) => Promise<WriteOutcome>,
): WriteQueueHooks & { flushes: PendingWrite[][]; stored: PendingWrite[] } {
  const flushes: PendingWrite[][] = [];
  const stored: PendingWrite[] = [];
  return {
    flushes,
    stored,
    write: async (writes) => {
      const outcome = await write(writes);
      stored.push(...writes);
      return outcome;
    },
    flushed: (writes) => flushes.push(writes),
    failed: () => undefined,
    isDataError: (error) => (error as { code?: string }).code === '23514',
    toDeadLetter: storageRejected,
    dropped: () => undefined,
  };
}

describe(WriteQueue.name, () => {
  it('reports each write as committed only after the database accepted it, never after a failed attempt', async () => {
    let attempts = 0;
    const committed: string[] = [];
    let committedAtFailure: string[] | undefined;
    const h = hooks((writes) => {
      if (attempts++ === 0) {
        committedAtFailure = [...committed];
        return Promise.reject(new Error('connection lost'));
      }
      return Promise.resolve(outcomeOf(writes));
    });
    const queue = new WriteQueue({ maxRows: 4, maxWaitMs: 60_000, highWater: 100 }, h);
    queue.push(telemetry('A', 4), () => committed.push('A'));
    queue.push(telemetry('B', 4), () => committed.push('B'));
    await vi.waitFor(() => expect(committed).toEqual(['A', 'B']), { timeout: 5_000 });
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(committedAtFailure).toEqual([]);
    expect(h.stored.map((w) => (w.kind === 'telemetry' ? w.batch.vehicleId : ''))).toEqual(['A', 'B']);
  });

  it('flushes at once when a batch is full and keeps the rest for the next flush, in order', async () => {
    const h = hooks((writes) => Promise.resolve(outcomeOf(writes)));
    const queue = new WriteQueue({ maxRows: 10, maxWaitMs: 60_000, highWater: 100 }, h);
    queue.push(telemetry('A', 6));
    queue.push(telemetry('B', 6));
    queue.push(telemetry('C', 3));
    await vi.waitFor(() => expect(h.flushes.length).toBeGreaterThanOrEqual(1));
    expect(await queue.drain(5_000)).toBe(0);
    expect(h.flushes.map((f) => f.map((w) => (w.kind === 'telemetry' ? w.batch.vehicleId : '?')))).toEqual([
      ['A'],
      ['B', 'C'],
    ]);
    expect(queue.size).toBe(0);
  });

  it('flushes a partial batch after the wait time', async () => {
    const h = hooks((writes) => Promise.resolve(outcomeOf(writes)));
    const queue = new WriteQueue({ maxRows: 1_000, maxWaitMs: 20, highWater: 10_000 }, h);
    queue.push(telemetry('A', 1));
    await vi.waitFor(() => expect(h.flushes).toHaveLength(1));
  });

  it('holds producers above the high-water mark until a flush made room', async () => {
    let release: (() => void) | undefined;
    const h = hooks(
      (writes) =>
        new Promise((resolve) => {
          release = () => resolve(outcomeOf(writes));
        }),
    );
    const queue = new WriteQueue({ maxRows: 5, maxWaitMs: 1, highWater: 8 }, h);
    for (let i = 0; i < 10; i++) queue.push(telemetry(`V${i}`, 1));
    let roomy = false;
    const waiting = queue.whenRoom().then(() => (roomy = true));
    await vi.waitFor(() => expect(release).toBeDefined());
    expect(roomy).toBe(false);
    release!();
    await waiting;
    expect(roomy).toBe(true);
    expect(queue.size).toBeLessThan(8);
  });

  it('retries the same writes after a connection failure and loses nothing', async () => {
    let calls = 0;
    const h = hooks((writes) => {
      calls++;
      return calls === 1 ? Promise.reject(new Error('connection terminated')) : Promise.resolve(outcomeOf(writes));
    });
    const queue = new WriteQueue({ maxRows: 10, maxWaitMs: 1, highWater: 100 }, h);
    queue.push(telemetry('A', 2));
    await vi.waitFor(() => expect(h.flushes).toHaveLength(1), { timeout: 2_000 });
    expect(h.flushes[0]!.map((w) => w.kind)).toEqual(['telemetry']);
    expect(calls).toBe(2);
  });

  it('dead-letters only the message the database refuses and stores the others', async () => {
    const h = hooks((writes) =>
      writes.some((w) => w.kind === 'telemetry' && w.batch.vehicleId === 'BAD')
        ? Promise.reject(Object.assign(new Error('violates check constraint'), { code: '23514' }))
        : Promise.resolve(outcomeOf(writes)),
    );
    const queue = new WriteQueue({ maxRows: 100, maxWaitMs: 1, highWater: 1_000 }, h);
    queue.push(telemetry('A', 1));
    queue.push(telemetry('BAD', 1));
    queue.push(telemetry('C', 1));
    await vi.waitFor(() => expect(h.flushes).toHaveLength(1));
    expect(h.stored.map((w) => (w.kind === 'telemetry' ? w.batch.vehicleId : w.kind))).toEqual([
      'A',
      'dead-letter',
      'C',
    ]);
    expect(h.stored[1]).toMatchObject({
      deadLetter: { reason: 'storage_rejected', vehicleId: 'BAD', topic: 'fleet/v1/BAD/telemetry' },
    });
    expect(queue.size).toBe(0);
  });

  it('gives up draining after the deadline when the database stays down, and says how much is left', async () => {
    const h = hooks(() => Promise.reject(new Error('connection refused')));
    const queue = new WriteQueue({ maxRows: 100, maxWaitMs: 60_000, highWater: 1_000 }, h);
    queue.push(telemetry('A', 3));
    const started = Date.now();
    expect(await queue.drain(300)).toBe(3);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
