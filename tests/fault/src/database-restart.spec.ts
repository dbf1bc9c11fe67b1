import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, FaultRig } from './fault-rig.js';

let rig: FaultRig;
beforeAll(async () => (rig = await FaultRig.start()), 120_000);
afterAll(() => rig?.close(), 60_000);

describe('fault: the database restarts under load', () => {
  it('loses nothing: writes fail and are retried, messages stay unacknowledged until committed', async () => {
    let failedWrites = 0;
    const result = await accountFor(rig, 'restart PostgreSQL (3 s down)', async () => {
      const before = await rig.ingestMetric('ingest_flush_failures_total');
      await rig.postgres.restart(3_000);
      failedWrites = (await rig.ingestMetric('ingest_flush_failures_total')) - before;
    });
    // The fault really hit the ingest: batch writes failed while the database was down.
    expect(failedWrites).toBeGreaterThan(0);
    expect(result.lost).toBe(0);
  }, 240_000);
});
