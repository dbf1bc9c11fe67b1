import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFor, FaultRig } from './fault-rig.js';

const MAX_CONNECTIONS = 20;
let rig: FaultRig;
const fillers: pg.Client[] = [];
beforeAll(async () => (rig = await FaultRig.start({ maxConnections: MAX_CONNECTIONS })), 120_000);
afterAll(async () => {
  await Promise.all(fillers.splice(0).map((c) => c.end().catch(() => undefined)));
  await rig?.close();
}, 60_000);

/** Opens connections until the server refuses one ("sorry, too many clients already"). */
async function fillConnectionSlots(url: string): Promise<string> {
  for (let i = 0; i < MAX_CONNECTIONS * 2; i++) {
    const client = new pg.Client({ connectionString: url, application_name: 'fault-filler' });
    client.on('error', () => undefined);
    try {
      await client.connect();
      fillers.push(client);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`the server accepted more than ${MAX_CONNECTIONS * 2} connections`);
}

describe("fault: the database's connection limit is full", () => {
  it('loses nothing: the ingest, cut off and refused new connections, retries and catches up', async () => {
    let refusal = '';
    let failedWrites = 0;
    const result = await accountFor(rig, `fill PostgreSQL's ${MAX_CONNECTIONS} connections for 5 s`, async () => {
      const before = await rig.ingestMetric('ingest_flush_failures_total');
      await fillConnectionSlots(rig.postgres.url);
      // The ingest's own connections go too (as in a failover), so it has to ask for new ones.
      await fillers[0]!.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'fleet-ingest'`,
      );
      refusal = await fillConnectionSlots(rig.postgres.url);
      await new Promise((r) => setTimeout(r, 5_000));
      failedWrites = (await rig.ingestMetric('ingest_flush_failures_total')) - before;
      await Promise.all(fillers.splice(0).map((c) => c.end()));
    });
    expect(refusal).toMatch(/too many clients/);
    expect(failedWrites).toBeGreaterThan(0);
    expect(result.lost).toBe(0);
  }, 240_000);
});
