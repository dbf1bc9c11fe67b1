import { SYSTEM_SCOPE } from '@fleet/auth-model';
import { startMigratedTestDatabase, type TestDatabase } from '@fleet/db/testing';
import { haversineDistanceM } from '@fleet/geo';
import { PermitRepository, ZoneRepository } from '@fleet/registry-data';
import {
  DEFAULT_REPORT_SETTINGS,
  ReportFiguresRepository,
  ReportRawRepository,
  ReportsRefresher,
  type ReportSettings,
} from '@fleet/reports-data';
import { driveAlong, insertEvent, insertSamples, TEST_ROUTE } from '@fleet/reports-data/testing';
import { DISENGAGEMENT_CSV_COLUMNS, PERIODIC_CSV_COLUMNS } from '@fleet/reports-model';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { PromotionService } from './promotion.service.js';
import { disengagementCsv, META_CSV_COLUMNS, periodicCsv } from './report-exports.js';
import { ReportsService } from './reports.service.js';

let db: TestDatabase;
let pool: Pool;
const DAY = 86_400_000;
const base = Math.floor((Date.now() - 2 * DAY) / DAY) * DAY + 2 * 3_600_000;
const period = { fromMs: base - DAY, toMs: base + DAY };
const scopeA = { kind: 'enterprise', enterpriseId: 'ent-a' } as const;
const scopeB = { kind: 'enterprise', enterpriseId: 'ent-b' } as const;
// The south leg of the test loop, plus the 20 m (half the corridor's 40 m width) of the legs either side that
// stay inside its round ends.
const southLegM = haversineDistanceM(TEST_ROUTE[0]!, TEST_ROUTE[1]!) + 40;

function services(settings: ReportSettings = DEFAULT_REPORT_SETTINGS) {
  const permits = new PermitRepository(pool);
  const zones = new ZoneRepository(pool);
  const raw = new ReportRawRepository(pool);
  return {
    reports: new ReportsService(new ReportFiguresRepository(pool), raw, permits, zones, settings),
    promotion: new PromotionService(raw, permits, zones, settings),
    raw,
  };
}

beforeAll(async () => {
  db = await startMigratedTestDatabase('reports-service');
  pool = db.pool;
  // One automated loop (about 6 km, 10 minutes) for A-1, with a safety officer on board.
  const drive = driveAlong(TEST_ROUTE, base, 598).map((s) => ({ ...s, safetyOfficerId: 'SO-1' }));
  await insertSamples(pool, 'A-1', drive);
  await insertEvent(pool, 'A-1', {
    timeMs: base + 100_000,
    kind: 2,
    initiator: 2,
    detail: 'officer took over, "cut-in", lane 2',
  });
  await insertEvent(pool, 'A-1', { timeMs: base + 200_000, kind: 2, initiator: 1, detail: 'planner fault' });
  await new ReportsRefresher(pool, DEFAULT_REPORT_SETTINGS).rebuild();
  const zones = new ZoneRepository(pool);
  await zones.upsert([
    {
      id: 'Z-loop',
      nameZh: '安亭环线',
      nameEn: 'Anting loop',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [121.15, 31.28],
            [121.19, 31.28],
            [121.19, 31.31],
            [121.15, 31.31],
            [121.15, 31.28],
          ],
        ],
      },
      corridorWidthM: null,
    },
    {
      id: 'Z-south',
      nameZh: '南侧道路',
      nameEn: 'South road',
      geometry: { type: 'LineString', coordinates: [[...TEST_ROUTE[0]!], [...TEST_ROUTE[1]!]] },
      corridorWidthM: 40,
    },
  ]);
  const permits = new PermitRepository(pool);
  const permit = (id: string, zoneIds: string[]) => ({
    id,
    enterpriseId: 'ent-a',
    stage: 'road_testing' as const,
    vehicleIds: ['A-1'],
    zoneIds,
    timeWindows: [],
    speedCapKph: 60,
    weatherNote: '',
    validFrom: new Date(base - 10 * DAY).toISOString(),
    validTo: new Date(base + 300 * DAY).toISOString(),
    insuredAmountCny: 5_000_000,
    safetyOfficerRequired: true,
    driverlessAllowed: false,
  });
  await permits.create(permit('P-loop', ['Z-loop']));
  await permits.create(permit('P-south', ['Z-south']));
}, 60_000);

afterAll(() => db?.stop());

describe(ReportsService.name, () => {
  it('builds the periodic report of an enterprise with km by zone and a CSV of the documented columns', async () => {
    const report = await services().reports.periodic(scopeA, 'ent-a', period);
    expect(report.totals.vehicles).toBe(1);
    expect(report.totals.autonomousDistanceKm).toBeCloseTo(5.98, 1);
    expect(report.totals.disengagements.total).toBe(2);
    const byZone = Object.fromEntries(report.byZone.map((z) => [z.zoneId, z.autonomousKm]));
    expect(byZone['Z-loop']).toBeCloseTo(report.totals.autonomousDistanceKm, 2);
    expect(Math.abs(byZone['Z-south']! * 1_000 - southLegM)).toBeLessThan(15);
    expect(report.meta).toMatchObject({
      from: new Date(period.fromMs).toISOString(),
      dataFrom: new Date(base).toISOString(),
    });

    const file = periodicCsv(report);
    const [header, ...rows] = parseCsv(file.csv);
    expect(header).toEqual([...PERIODIC_CSV_COLUMNS, ...META_CSV_COLUMNS]);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({ vehicle_id: 'A-1', disengagements: '2', period_from: report.meta.from });
    expect(Number(row['autonomous_km'])).toBeCloseTo(5.98, 1);
  });

  it("answers 404 for another enterprise's report and keeps an operator to its own figures", async () => {
    await expect(services().reports.periodic(scopeB, 'ent-a', period)).rejects.toMatchObject({ code: 'not_found' });
    await expect(services().reports.vehicleStats(scopeB, 'A-1', period)).rejects.toMatchObject({ code: 'not_found' });
    const dashboard = await services().reports.dashboard(scopeB, null, period, Date.now());
    expect(dashboard.kpis.range.autonomousKm).toBe(0);
    const mine = await services().reports.dashboard(scopeA, null, period, Date.now());
    expect(mine.kpis.range.autonomousKm).toBeCloseTo(5.98, 1);
    expect(mine.autonomousKmPerDay.reduce((n, d) => n + d.km, 0)).toBeCloseTo(5.98, 1);
    expect(mine.disengagementRates.find((r) => r.initiator === 'system')?.count).toBe(1);
    expect(mine.vehiclesOnline).toEqual([{ time: new Date(base).toISOString(), online: 1 }]);
    const coverage = await services().reports.coverage(scopeA, null, period);
    expect(coverage.cells.reduce((n, c) => n + c.autonomousKm, 0)).toBeCloseTo(5.98, 1);
  });

  it("exports the disengagement log in California DMV's columns", async () => {
    const rows = await services().raw.disengagements(SYSTEM_SCOPE, null, period.fromMs, period.toMs);
    const meta = {
      from: new Date(period.fromMs).toISOString(),
      to: new Date(period.toMs).toISOString(),
      generatedAt: new Date().toISOString(),
      dataFrom: null,
      dataTo: null,
      refreshedThrough: null,
    };
    const [header, ...lines] = parseCsv(disengagementCsv(rows, meta).csv);
    expect(header).toEqual([...DISENGAGEMENT_CSV_COLUMNS]);
    expect(lines).toEqual([
      [
        'A',
        'P-loop',
        expect.stringMatching(/^\d{4}-\d\d-\d\d 10:01:40$/) as string,
        'LSVAU2180N2183294',
        'No',
        'Yes',
        'Test Driver',
        'Street',
        'officer took over, "cut-in", lane 2',
      ],
      [
        'A',
        'P-loop',
        expect.stringMatching(/ 10:03:20$/) as string,
        'LSVAU2180N2183294',
        'No',
        'Yes',
        'AV System',
        'Street',
        'planner fault',
      ],
    ]);
    expect(await services().raw.disengagements(scopeB, null, period.fromMs, period.toMs)).toEqual([]);
  });
});

describe(PromotionService.name, () => {
  it('counts autonomous km and hours inside each permit’s zones, and judges them against the thresholds', async () => {
    const { items } = await services().promotion.check(SYSTEM_SCOPE, { vehicleId: 'A-1' }, Date.now());
    const byPermit = Object.fromEntries(items.map((i) => [i.permitId, i]));
    expect(byPermit['P-loop']!.autonomousKmInZone).toBeCloseTo(5.98, 1);
    expect(byPermit['P-loop']!.autonomousHoursInZone * 3_600).toBeCloseTo(598, -1);
    expect(Math.abs(byPermit['P-south']!.autonomousKmInZone * 1_000 - southLegM)).toBeLessThan(15);
    expect(byPermit['P-loop']).toMatchObject({ eligible: false, reasons: ['insufficient_autonomous_time'] });

    const measured = byPermit['P-loop']!.autonomousKmInZone;
    const at = (km: number) => ({
      ...DEFAULT_REPORT_SETTINGS,
      promotion: { ...DEFAULT_REPORT_SETTINGS.promotion, autonomousKm: km },
    });
    const check = async (km: number) =>
      (await services(at(km)).promotion.check(scopeA, { vehicleId: 'A-1' }, Date.now())).items.find(
        (i) => i.permitId === 'P-loop',
      );
    expect((await check(measured))?.eligible).toBe(true);
    expect((await check(measured + 0.01))?.eligible).toBe(false);
    expect((await check(measured - 0.01))?.eligible).toBe(true);

    // A violation, then an at-fault incident, each make it ineligible whatever the mileage.
    await pool.query(
      `INSERT INTO alerts (vehicle_id, enterprise_id, kind, severity, raised_at, last_raised_at, detail)
       VALUES ('A-1', 'ent-a', 'over_speed', 'warning', $1, $1, 'over the cap')`,
      [new Date(base + 60_000)],
    );
    expect(await check(1)).toMatchObject({ violations: 1, eligible: false, reasons: ['violations'] });
    await pool.query(
      `UPDATE alerts SET raised_at = raised_at - interval '400 days', last_raised_at = raised_at - interval '400 days'`,
    );
    expect((await check(1))?.eligible).toBe(true);
    await pool.query(
      `INSERT INTO incidents (vehicle_id, enterprise_id, kind, occurred_at, at_fault, window_from, window_to,
                              initial_notice_due, analysis_due)
       VALUES ('A-1', 'ent-a', 'collision', $1, true, $1, $1, $1, $1)`,
      [new Date(base + 120_000)],
    );
    expect(await check(1)).toMatchObject({ atFaultIncidents: 1, eligible: false, reasons: ['at_fault_incidents'] });
    expect((await services().promotion.check(scopeB, {}, Date.now())).items).toEqual([]);
  });
});
