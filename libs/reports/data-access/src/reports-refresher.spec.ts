import { startMigratedTestDatabase, type TestDatabase } from '@fleet/db/testing';
import { haversineDistanceM, Polyline } from '@fleet/geo';
import { runDueTimescaleJobs } from '@fleet/db';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportFiguresRepository } from './report-figures.repository.js';
import { DEFAULT_REPORT_SETTINGS } from './report-settings.js';
import { ReportsRefresher } from './reports-refresher.js';
import { driveAlong, insertEvent, insertSamples, TEST_ROUTE, type SyntheticSample } from './testing/synthetic-drive.js';

let db: TestDatabase;
let pool: Pool;
let refresher: ReportsRefresher;
let figures: ReportFiguresRepository;

const ALL = { kind: 'all' } as const;
const routeM = new Polyline(TEST_ROUTE).lengthM;
const DAY = 86_400_000;
// Two days ago, 10:55 UTC: the drive crosses an hour boundary and is older than the refresher's recent window.
const base = Math.floor((Date.now() - 2 * DAY) / DAY) * DAY + (10 * 60 + 55) * 60_000;

/** What the samples add up to, pair by pair, skipping pairs further apart than 10 s. */
function pathM(samples: SyntheticSample[]): number {
  let m = 0;
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    if (b.timeMs - a.timeMs <= 10_000) m += haversineDistanceM([a.lon, a.lat], [b.lon, b.lat]);
  }
  return m;
}

/** The heat map's cells (kept incrementally per enterprise) hold exactly the autonomous metres of the vehicles. */
async function expectCoverageToMatchVehicles(): Promise<void> {
  const sums = await pool.query<{ cells: number; vehicles: number }>(
    `SELECT (SELECT coalesce(sum(automated_m), 0) FROM report_coverage_daily WHERE enterprise_id = 'ent-a')::float8 AS cells,
            (SELECT coalesce(sum(d.automated_m), 0) FROM report_vehicle_daily d JOIN vehicles v ON v.id = d.vehicle_id
              WHERE v.enterprise_id = 'ent-a')::float8 AS vehicles`,
  );
  expect(sums.rows[0]!.cells).toBeGreaterThan(0);
  expect(sums.rows[0]!.cells).toBeCloseTo(sums.rows[0]!.vehicles, 3);
}

async function statsOf(vehicleId: string, fromMs = base - DAY, toMs = base + DAY) {
  const { vehicles } = await figures.vehicleFigures(ALL, { vehicleIds: [vehicleId] }, fromMs, toMs, []);
  const v = vehicles[0];
  if (!v) throw new Error(`no figures for ${vehicleId}`);
  return v;
}

beforeAll(async () => {
  db = await startMigratedTestDatabase('reports');
  pool = db.pool;
  await pool.query(`INSERT INTO vehicles (id, vin, plate, category, automation_level, enterprise_id) VALUES
    ('A-2', 'LSVAU2180N2183296', '沪A·0003试', 'robotaxi', 4, 'ent-a'),
    ('A-3', 'LSVAU2180N2183297', '沪A·0004试', 'robotaxi', 4, 'ent-a'),
    ('A-4', 'LSVAU2180N2183298', '沪A·0005试', 'robotaxi', 4, 'ent-a'),
    ('A-5', 'LSVAU2180N2183299', '沪A·0006试', 'robotaxi', 4, 'ent-a')`);
  refresher = new ReportsRefresher(pool, DEFAULT_REPORT_SETTINGS);
  figures = new ReportFiguresRepository(pool);
}, 60_000);

afterAll(() => db?.stop());

describe(ReportsRefresher.name, () => {
  it('measures a route of known length within 1 %, split by control mode, across an hour boundary', async () => {
    // One loop at 10 m/s, 1 Hz: automated for the first 300 s, assisted the next 200 s, manual after.
    const duration = Math.floor(routeM / 10);
    const mode = (t: number) => (t < 300 ? 3 : t < 500 ? 2 : 1);
    await insertSamples(pool, 'A-1', driveAlong(TEST_ROUTE, base, duration, { mode }));
    // A second vehicle with a position jump (a 5 km spike and back) in the middle of a drive.
    const jumpy = driveAlong(TEST_ROUTE, base, 400);
    const spike = jumpy[200]!;
    jumpy[200] = { ...spike, lat: spike.lat + 0.045 };
    await insertSamples(pool, 'A-3', jumpy);
    await refresher.rebuild();

    const a1 = await statsOf('A-1');
    expect(Math.abs(a1.distanceKm * 1_000 - duration * 10) / (duration * 10)).toBeLessThan(0.01);
    expect(Math.abs(a1.distanceKm * 1_000 - routeM) / routeM).toBeLessThan(0.01);
    expect(a1.autonomousDistanceKm).toBeCloseTo(3, 1);
    expect(a1.assistedDistanceKm).toBeCloseTo(2, 1);
    expect(a1.byMode.manual.distanceKm).toBeCloseTo((duration - 500) / 100, 1);
    expect(a1.autonomousHours * 3_600).toBeCloseTo(300, -1);
    expect(a1.assistedHours * 3_600).toBeCloseTo(200, -1);
    expect(a1.onlineHours * 3_600).toBeCloseTo(duration, -1);
    expect(a1.maxSpeedKph).toBeCloseTo(36, 1);
    expect(a1.meanSpeedKph).toBeCloseTo(36, 1);
    // Both hours have rows and they add up.
    const hours = await pool.query<{ n: number; m: number }>(
      `SELECT count(*)::int AS n, sum(distance_m)::float8 AS m FROM report_vehicle_hourly WHERE vehicle_id = 'A-1'`,
    );
    expect(hours.rows[0]?.n).toBe(2);
    expect(hours.rows[0]!.m / 1_000).toBeCloseTo(a1.distanceKm, 2);

    // The spike's two segments (in and out) count nothing; the other 398 s count 10 m each.
    const a3 = await statsOf('A-3');
    expect(a3.distanceKm * 1_000).toBeCloseTo(3_980, -1);
  });

  it('does not bridge a gap, and counts re-sent data that fills it after the next refresh', async () => {
    // 10 minutes at 10 m/s with samples missing between 200 s and 260 s (600 m driven in the dark).
    const drive = driveAlong(TEST_ROUTE, base, 600);
    const hole = (s: { timeMs: number }) => s.timeMs > base + 200_000 && s.timeMs < base + 260_000;
    const onTime = drive.filter((s) => !hole(s));
    await insertSamples(pool, 'A-2', onTime);
    await refresher.rebuild();
    // The 600 m between the samples at 200 s and 260 s are not there: no straight line across the gap.
    expect(pathM(drive) - pathM(onTime)).toBeCloseTo(600, -1);
    expect((await statsOf('A-2')).distanceKm * 1_000).toBeCloseTo(pathM(onTime), -1);
    await expectCoverageToMatchVehicles();

    // The vehicle re-sends the buffered samples (补发) long after they were taken.
    await insertSamples(
      pool,
      'A-2',
      drive.filter(hole).map((s) => ({ ...s, resent: true })),
    );
    const result = await refresher.run();
    expect(result.ranges.some((r) => r.vehicleId === 'A-2')).toBe(true);
    expect((await statsOf('A-2')).distanceKm * 1_000).toBeCloseTo(pathM(drive), -1);
    await expectCoverageToMatchVehicles();
    // Idempotent: a further run changes nothing.
    await refresher.run();
    expect((await statsOf('A-2')).distanceKm * 1_000).toBeCloseTo(pathM(drive), -1);
    await expectCoverageToMatchVehicles();
  });

  it('counts rows that arrive late without the re-sent flag (a terminal whose clock lags)', async () => {
    await refresher.run();
    const drive = driveAlong(TEST_ROUTE, base, 300);
    await insertSamples(pool, 'A-5', drive);
    const result = await refresher.run();
    expect(result.ranges).toContainEqual(expect.objectContaining({ vehicleId: 'A-5', kind: 'recomputed' }));
    expect((await statsOf('A-5')).distanceKm * 1_000).toBeCloseTo(pathM(drive), -1);
    await expectCoverageToMatchVehicles();
  });

  it('counts disengagements by initiator, rates them per 1000 autonomous km, and averages takeover response', async () => {
    // A-4 drives 20 km automated (2000 s at 10 m/s, 1 Hz on a long straight line north).
    const north: [number, number][] = [
      [121.2, 31.2],
      [121.2, 31.5],
    ];
    await insertSamples(pool, 'A-4', driveAlong(north, base, 2_000));
    for (const [i, initiator] of [1, 1, 2, 3, undefined].entries()) {
      await insertEvent(pool, 'A-4', { timeMs: base + 100_000 * (i + 1), kind: 2, initiator });
    }
    await insertEvent(pool, 'A-4', { timeMs: base + 50_000, kind: 3, initiator: 1, responseTimeMs: 1_000 });
    await insertEvent(pool, 'A-4', { timeMs: base + 70_000, kind: 3, initiator: 1, responseTimeMs: 3_000 });
    await refresher.rebuild();
    // TimescaleDB: the event counts are a continuous aggregate; its refresh policy runs through the platform's job runner.
    await pool.query(`SELECT alter_job(job_id, next_start => now()) FROM timescaledb_information.jobs
                       WHERE proc_name = 'policy_refresh_continuous_aggregate'`);
    expect((await runDueTimescaleJobs(pool)).length).toBeGreaterThan(0);

    const a4 = await statsOf('A-4');
    expect(a4.autonomousDistanceKm).toBeCloseTo(20, 1);
    expect(a4.disengagements).toEqual({
      total: 5,
      byInitiator: { system: 2, safety_officer: 1, remote_operator: 1, passenger: 0, unreported: 1 },
      per1000AutonomousKm: expect.closeTo(250, 0) as number,
    });
    expect(a4.takeoverRequests).toEqual({ count: 2, meanResponseS: 2 });
  });

  it('counts a late re-sent disengagement once the aggregate policy has run again', async () => {
    await insertEvent(pool, 'A-4', { timeMs: base + 900_000, kind: 2, initiator: 4, resent: true });
    await refresher.run();
    await pool.query(`SELECT alter_job(job_id, next_start => now()) FROM timescaledb_information.jobs
                       WHERE proc_name = 'policy_refresh_continuous_aggregate'`);
    await runDueTimescaleJobs(pool);
    const a4 = await statsOf('A-4');
    expect(a4.disengagements.total).toBe(6);
    expect(a4.disengagements.byInitiator.passenger).toBe(1);
  });

  it('counts live data as it comes, each segment once, whatever the run boundaries', async () => {
    // A drive in the "future" of every earlier run, counted over three runs with a fixed clock.
    const start = Math.ceil((Date.now() + 3_600_000) / 3_600_000) * 3_600_000 - 200_000;
    const drive = driveAlong(TEST_ROUTE, start, 400, { stepS: 0.5 });
    let clock = start + 30_000 + 150_250;
    const live = new ReportsRefresher(pool, DEFAULT_REPORT_SETTINGS, () => clock);
    await insertSamples(
      pool,
      'B-1',
      drive.filter((s) => s.timeMs < start + 170_000),
    );
    const first = await live.run();
    expect(first.ranges.at(-1)).toMatchObject({ kind: 'new', to: new Date(start + 150_000).toISOString() });
    await insertSamples(
      pool,
      'B-1',
      drive.filter((s) => s.timeMs >= start + 170_000),
    );
    clock = start + 30_000 + 330_000;
    const second = await live.run();
    clock = start + 30_000 + 500_000;
    const third = await live.run();
    // Data that came in time is only added, never recomputed.
    expect([...second.ranges, ...third.ranges].map((r) => r.kind)).toEqual(['new', 'new']);
    const b1 = await statsOf('B-1', start - DAY, start + DAY);
    expect(b1.distanceKm * 1_000).toBeCloseTo(pathM(drive), -1);
    expect(b1.onlineHours * 3_600).toBeCloseTo(400, -1);
    // The drive crosses an hour boundary: two hourly rows that add up.
    const hours = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM report_vehicle_hourly WHERE vehicle_id = 'B-1'`,
    );
    expect(hours.rows[0]?.n).toBe(2);
  });

  it('reads whole local days from the daily table and the edges from the hourly one, with the same result', async () => {
    const wide = await statsOf('A-1', base - 10 * DAY, base + 10 * DAY);
    const narrow = await statsOf('A-1', base - 3_600_000, base + 3_600_000);
    expect(wide.distanceKm).toBeCloseTo(narrow.distanceKm, 3);
    const daily = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM report_vehicle_daily WHERE vehicle_id = 'A-1'`,
    );
    expect(daily.rows[0]?.n).toBe(1);
  });
});
