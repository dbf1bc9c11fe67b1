import { createPool, migrate } from '@fleet/db';
import { DEFAULT_REPORT_SETTINGS, ReportFiguresRepository, ReportsRefresher } from '@fleet/reports-data';
import { driveAlong, insertEvent, insertSamples, TEST_ROUTE } from '@fleet/reports-data/testing';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExternalServer, startPostgres } from '@fleet/platform-harness';

// Plain PostgreSQL 15 (no TimescaleDB): the event counts are a table the platform's refresher fills.
let server: ExternalServer;
let pool: Pool;
const DAY = 86_400_000;
const base = Math.floor(Date.now() / DAY) * DAY - 3 * DAY + 3_600_000;

beforeAll(async () => {
  server = await startPostgres();
  pool = createPool({ url: server.url, max: 2, applicationName: 'reports-postgres-test' });
  const { capabilities } = await migrate(pool);
  expect(capabilities.timescale).toBe(false);
  await pool.query(`INSERT INTO enterprises (id, name_zh, name_en) VALUES ('e1', '示例', 'Example')`);
  await pool.query(`INSERT INTO vehicles (id, vin, plate, category, automation_level, enterprise_id)
                    VALUES ('V1', 'LSVAU2180N2183294', '沪A·0001试', 'robotaxi', 4, 'e1')`);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

describe('report aggregates on plain PostgreSQL', () => {
  it('computes the same figures and picks up late re-sent samples and events on the next refresh', async () => {
    const refresher = new ReportsRefresher(pool, DEFAULT_REPORT_SETTINGS);
    const figures = async () =>
      (await new ReportFiguresRepository(pool).vehicleFigures({ kind: 'all' }, {}, base - DAY, base + DAY, []))
        .vehicles[0]!;
    const drive = driveAlong(TEST_ROUTE, base, 400);
    const gap = (s: { timeMs: number }) => s.timeMs > base + 100_000 && s.timeMs < base + 160_000;
    await insertSamples(
      pool,
      'V1',
      drive.filter((s) => !gap(s)),
    );
    await insertEvent(pool, 'V1', { timeMs: base + 10_000, kind: 2, initiator: 1 });
    await refresher.rebuild();
    expect((await figures()).distanceKm).toBeCloseTo(3.4, 1);
    expect((await figures()).disengagements.total).toBe(1);
    const kind = await pool.query<{ relkind: string }>(
      `SELECT relkind FROM pg_class WHERE oid = 'report_events_hourly'::regclass`,
    );
    expect(kind.rows[0]?.relkind).toBe('r');

    await insertSamples(
      pool,
      'V1',
      drive.filter(gap).map((s) => ({ ...s, resent: true })),
    );
    await insertEvent(pool, 'V1', { timeMs: base + 120_000, kind: 2, initiator: 2, resent: true });
    await refresher.run();
    const after = await figures();
    expect(after.distanceKm).toBeCloseTo(4, 1);
    expect(after.disengagements.byInitiator).toMatchObject({ system: 1, safety_officer: 1 });
  });
});
