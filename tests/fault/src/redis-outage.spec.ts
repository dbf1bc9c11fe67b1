import { DEV, signIn, waitFor } from '@fleet/platform-harness';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, FaultRig } from './fault-rig.js';

let rig: FaultRig;
let console_: Socket | undefined;
beforeAll(async () => (rig = await FaultRig.start({ redis: true })), 120_000);
afterAll(async () => {
  console_?.close();
  await rig?.close();
}, 60_000);

describe('fault: Redis (live bus and socket.io adapter) stops for a while', () => {
  it('stores everything meanwhile, and the console gets live updates again once Redis is back', async () => {
    const api = rig.api!;
    const regulator = await signIn(api.httpUrl, DEV.regulator);
    const updates: number[] = [];
    console_ = io(`${api.httpUrl}/live`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: regulator.tokens.accessToken },
    });
    console_.on('fleet:update', () => updates.push(Date.now()));
    let stoppedMs = 0;
    let backMs = 0;
    const result = await accountFor(rig, 'stop Redis for 5 s', async () => {
      // Updates reach the api's console only through Redis: the ingest publishes them there.
      await waitFor(() => updates.length > 5, 15_000);
      stoppedMs = Date.now();
      await rig.redis!.restart(5_000);
      backMs = Date.now();
      await waitFor(() => updates.some((t) => t > backMs), 30_000);
    });
    // The outage was real for the console (a second's grace for what was already on its way) and it ended.
    expect(updates.filter((t) => t > stoppedMs + 1_000 && t < backMs - 1_000)).toEqual([]);
    expect(updates.filter((t) => t > backMs).length).toBeGreaterThan(0);
    expect(result.lost).toBe(0);
  }, 240_000);
});
