import { waitFor } from '@fleet/platform-harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, FaultRig } from './fault-rig.js';

let rig: FaultRig;
beforeAll(async () => (rig = await FaultRig.start()), 120_000);
afterAll(() => rig?.close(), 60_000);

describe('fault: the broker restarts under load', () => {
  it('loses nothing: vehicles buffer and re-send, the ingest session and its queue survive in the broker', async () => {
    const result = await accountFor(rig, 'restart Mosquitto (3 s down)', async () => {
      await rig.mosquitto.restart(3_000);
      await waitFor(() => rig.load.stats().connected === rig.load.stats().connections, 30_000);
    });
    // The vehicles were cut off: what they generated meanwhile came later, flagged as re-sent.
    expect(rig.load.stats().samplesResent).toBeGreaterThan(0);
    expect(result.resentStored).toBeGreaterThan(0);
    expect(result.lost).toBe(0);
  }, 240_000);
});
