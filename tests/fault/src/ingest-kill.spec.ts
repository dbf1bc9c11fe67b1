import { waitFor } from '@fleet/platform-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, FaultRig } from './fault-rig.js';

let rig: FaultRig;
// Batches wait up to a second, so the kill always finds received, uncommitted messages.
beforeAll(async () => (rig = await FaultRig.start({ ingestEnv: { INGEST_BATCH_MAX_WAIT_MS: '1000' } })), 120_000);
afterAll(() => rig?.close(), 60_000);

describe('fault: the ingest is killed with -9 mid-stream and restarted', () => {
  it('loses nothing: what it held unacknowledged is redelivered to its session and stored once', async () => {
    let heldAtKill = 0;
    const result = await accountFor(rig, 'kill -9 the ingest', async () => {
      await waitFor(async () => (heldAtKill = await rig.ingestMetric('ingest_unacknowledged_messages')) > 20, 10_000);
      await rig.ingest.kill();
      // While the ingest is down the broker queues for its session; the vehicles keep publishing.
      const publishedAtKill = rig.load.stats().samplesPublished;
      await waitFor(() => rig.load.stats().samplesPublished > publishedAtKill + 200, 30_000);
      await rig.startIngest();
    });
    expect(heldAtKill).toBeGreaterThan(20);
    expect(result.lost).toBe(0);
  }, 240_000);
});
