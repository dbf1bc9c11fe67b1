import { readFileSync } from 'node:fs';
import { demoFleet } from '@fleet/demo-fleet';
import { Polyline } from '@fleet/geo';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import {
  DISENGAGEMENT_CSV_COLUMNS,
  PERIODIC_CSV_COLUMNS,
  type Dashboard,
  type PromotionResponse,
} from '@fleet/reports-model';
import {
  ControlMode,
  encodeVehicleEvent,
  EventKind,
  Initiator,
  vehicleTopic,
  type ITelemetrySample,
} from '@fleet/telemetry-contract';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConsoleRun,
  launchConsoleBrowser,
  openConsole,
  screenshot,
  signInThroughPage,
  type ConsoleTab,
} from './console-session.js';
import {
  type ApiSession,
  connectVehicle,
  DEV,
  type RunningPlatform,
  signIn,
  startPlatform,
  waitFor,
} from '@fleet/platform-harness';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

const FLEET = demoFleet(60);
const ROBOTAXI = FLEET.find((v) => v.category === 'robotaxi')!;
const SPEED_MPS = 10;
const SAMPLES_PER_DRIVE = 400;
const HOUR_MS = 3_600_000;

let platform: RunningPlatform;
let browser: Browser;
let regulator: ApiSession;
let admin: ApiSession;

/**
 * One vehicle drives its demo road in automated mode, back and forth at 10 m/s, one sample a second: 400 samples
 * from `startMs`, 100 to a message (the ingest's limit). Data of an earlier day arrives as re-sent (buffered) data,
 * as a terminal sends it after a gap.
 */
async function drive(startMs: number, firstSeq: number, resent: boolean, disengageAt?: number): Promise<number> {
  const road = new Polyline(pilotZoneRoads().find((r) => r.id === ROBOTAXI.routeId)!.coordinates);
  const terminal = await connectVehicle(platform.mqttUrl, ROBOTAXI.id);
  let seq = firstSeq;
  const samples: ITelemetrySample[] = [];
  for (let i = 0; i < SAMPLES_PER_DRIVE; i++) {
    const travelled = i * SPEED_MPS;
    const lap = Math.floor(travelled / road.lengthM);
    const along = travelled % road.lengthM;
    const reversed = lap % 2 === 1;
    const pose = road.poseAt(reversed ? road.lengthM - along : along, reversed);
    samples.push(
      sampleAt(startMs + i * 1_000, {
        lonDeg: pose.position[0],
        latDeg: pose.position[1],
        headingDeg: pose.headingDeg,
        speedMps: SPEED_MPS,
        controlMode: ControlMode.CONTROL_MODE_AUTOMATED,
        safetyOfficerId: `SO-${ROBOTAXI.id}`,
      }),
    );
  }
  for (let i = 0; i < samples.length; i += 100) {
    await terminal.publishAsync(
      vehicleTopic(ROBOTAXI.id, 'telemetry'),
      telemetryFrame(ROBOTAXI.id, ++seq, samples.slice(i, i + 100), resent),
      { qos: 1 },
    );
  }
  if (disengageAt !== undefined) {
    const at = samples[disengageAt]!;
    await terminal.publishAsync(
      vehicleTopic(ROBOTAXI.id, 'events'),
      Buffer.from(
        encodeVehicleEvent({
          vehicleId: ROBOTAXI.id,
          seq: 1,
          timeUnixMs: at.timeUnixMs,
          kind: EventKind.EVENT_KIND_DISENGAGEMENT,
          initiator: Initiator.INITIATOR_SAFETY_OFFICER,
          latDeg: at.latDeg,
          lonDeg: at.lonDeg,
          speedMps: SPEED_MPS,
          controlMode: ControlMode.CONTROL_MODE_AUTOMATED,
          detail: 'safety officer took over at a construction zone',
          resent,
        }),
      ),
      { qos: 1 },
    );
  }
  await terminal.endAsync();
  return seq;
}

/** A chart drawn by ECharts, with the number of its series and non-zero points read back from the instance. */
async function renderedChart(page: Page, testId: string): Promise<{ series: number; points: number }> {
  const chart = page.getByTestId(testId);
  await waitFor(async () => (await chart.getAttribute('data-rendered').catch(() => null)) === 'true', 30_000);
  const canvasDrawn = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return false;
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });
  expect(canvasDrawn, `${testId} canvas has pixels`).toBe(true);
  return {
    series: Number(await chart.getAttribute('data-series')),
    points: Number(await chart.getAttribute('data-points')),
  };
}

/** Clicks a download button and returns the saved file's text (without a byte-order mark). */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
}

/** The header cells of a CSV export (the documented column names hold no comma or quote). */
const headerOf = (csv: string) => (csv.split(/\r?\n/)[0] ?? '').split(',');

beforeAll(async () => {
  // No simulator: the figures are those of the drives below.
  platform = await startPlatform({ SIMULATOR: 'false', SIMULATOR_VEHICLES: String(FLEET.length) });
  browser = await launchConsoleBrowser();
  regulator = await signIn(platform.httpUrl, DEV.regulator);
  admin = await signIn(platform.httpUrl, DEV.admin);
  // Yesterday (re-sent) and up to now (live), so the per-day chart has two days and today's figures are not empty.
  const now = Date.now();
  const seq = await drive(now - 25 * HOUR_MS, 0, true);
  await drive(now - SAMPLES_PER_DRIVE * 1_000, seq, false, 200);
}, 180_000);

afterAll(() => closeConsoleRun(browser, platform), 60_000);

describe('dashboard, promotion check and reports in the console (Chromium)', () => {
  let tab: ConsoleTab;
  let page: Page;

  it('draws the charts and the coverage map with the autonomous kilometres driven', async () => {
    // The aggregates are refreshed by the platform on a timer; the admin's refresh makes it now, as often as it
    // takes the ingest to store the drives.
    const from = new Date(Date.now() - 7 * 24 * HOUR_MS).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    let last: unknown = null;
    await waitFor(
      async () => {
        await admin.post('/api/v1/reports/refresh', {});
        const d = await regulator.get<Dashboard>(
          `/api/v1/reports/dashboard?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        );
        last = d;
        return d.kpis.range.autonomousKm > 5 && d.disengagementRates.some((r) => r.count > 0);
      },
      30_000,
      () => `last dashboard: ${JSON.stringify(last)}\n${platform.logs()}`,
    );

    tab = await openConsole(browser, platform.httpUrl);
    page = tab.page;
    await signInThroughPage(page, DEV.regulator);
    await page.getByTestId('nav-dashboard').click();
    expect(page.url()).toMatch(/#\/dashboard$/);
    await page.locator('[data-testid="dashboard"][data-loading="false"]').waitFor({ timeout: 30_000 });

    const km = await renderedChart(page, 'chart-autonomous-km');
    expect(km.series).toBeGreaterThanOrEqual(1);
    // Yesterday's and today's bars (the drive an hour ago may straddle midnight in Shanghai: at least two).
    expect(km.points).toBeGreaterThanOrEqual(2);
    const disengagements = await renderedChart(page, 'chart-disengagements');
    expect(disengagements.points).toBeGreaterThan(0);
    const online = await renderedChart(page, 'chart-online');
    expect(online.points).toBeGreaterThan(0);
    const kinds = await renderedChart(page, 'chart-kinds');
    expect(kinds.points).toBeGreaterThan(0);

    const rangeKm = await page.getByTestId('kpis-range-autonomousKm').innerText();
    expect(Number(rangeKm.replace(/[^\d.]/g, ''))).toBeGreaterThan(5);
    expect(await page.getByTestId('kpis-today').innerText()).toContain('自动驾驶里程');

    const map = page.getByTestId('coverage-map');
    await waitFor(async () => Number(await map.getAttribute('data-cells')) > 0, 30_000);
    await map.locator('[data-testid="map"][data-map-loaded="true"]').waitFor({ timeout: 30_000 });
    await screenshot(page, 'console-dashboard.png');
    await map.scrollIntoViewIfNeeded();
    await screenshot(page, 'console-dashboard-coverage.png');
    expect(tab.apiErrors).toEqual([]);
    expect(tab.offMachineRequests).toEqual([]);
  }, 180_000);

  it('lists the vehicles of the promotion check with their autonomous figures', async () => {
    const api = await regulator.get<PromotionResponse>('/api/v1/promotion');
    expect(api.items.length).toBeGreaterThan(0);

    await page.getByTestId('nav-promotion').click();
    const table = page.getByTestId('promotion-table');
    await waitFor(
      async () =>
        (await table.getAttribute('data-loading').catch(() => null)) === 'false' &&
        Number(await table.getAttribute('data-count')) > 0,
      30_000,
    );
    expect(Number(await table.getAttribute('data-count'))).toBe(api.items.length);
    expect(await page.getByTestId('promotion-rule').innerText()).toContain(String(api.thresholds.autonomousKm));
    // The driven robotaxi's row shows the server's figures and verdict.
    const driven = api.items.find((c) => c.vehicleId === ROBOTAXI.id);
    expect(driven).toBeDefined();
    expect(driven!.autonomousKmInZone).toBeGreaterThan(0);
    const row = table.locator(`tr[data-row-key="${driven!.permitId}|${ROBOTAXI.id}"]`);
    expect(Number(await row.getByTestId('promotion-km').getAttribute('data-value'))).toBe(driven!.autonomousKmInZone);
    expect(await row.getByTestId('promotion-result').getAttribute('data-eligible')).toBe(String(driven!.eligible));
    // 8 km is far from 1000 km: not eligible, and the reason says why.
    expect(await row.getByTestId('promotion-result').innerText()).toContain('暂不符合');
    expect(await row.getByTestId('promotion-result').innerText()).toContain('时长与里程均未达标');
    await screenshot(page, 'console-promotion.png');
    expect(tab.apiErrors).toEqual([]);
  }, 60_000);

  it('shows the periodic report and downloads it and the disengagement log as CSV with the documented columns', async () => {
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-enterprise').locator('.ant-select').click();
    await page.getByTestId(`reports-enterprise-option-${ROBOTAXI.enterpriseId}`).click();
    await page.getByTestId('reports-generate').click();
    const report = page.getByTestId('periodic-report');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.getAttribute('data-enterprise-id')).toBe(ROBOTAXI.enterpriseId);
    expect(Number(await report.getAttribute('data-vehicles'))).toBeGreaterThan(0);
    expect(await report.getByTestId('periodic-report-vehicles').innerText()).toContain(ROBOTAXI.id);
    expect(await page.getByTestId('periodic-report-heading').innerText()).toContain('自动驾驶测试周期报告');

    const periodic = await downloaded(page, page.getByTestId('reports-periodic-csv'));
    expect(periodic.name).toMatch(/\.csv$/);
    // The documented columns first; what the export covers (period, generation time, data) follows on every row.
    expect(headerOf(periodic.text).slice(0, PERIODIC_CSV_COLUMNS.length)).toEqual([...PERIODIC_CSV_COLUMNS]);
    expect(periodic.text).toContain(ROBOTAXI.id);

    const log = await downloaded(page, page.getByTestId('reports-disengagements-csv'));
    expect(headerOf(log.text).slice(0, DISENGAGEMENT_CSV_COLUMNS.length)).toEqual([...DISENGAGEMENT_CSV_COLUMNS]);
    expect(log.text).toContain(ROBOTAXI.vin);
    await screenshot(page, 'console-reports.png');

    // Printed: the report alone, without the header and the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('app-title').isVisible()).toBe(false);
    expect(await page.getByTestId('reports-generate').isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await screenshot(page, 'console-report-print.png');
    await page.emulateMedia({ media: 'screen' });
    expect(tab.apiErrors).toEqual([]);
  }, 90_000);

  it('shows an operator its own enterprise only, without the enterprise choice', async () => {
    const operatorTab = await openConsole(browser, platform.httpUrl);
    const operator = operatorTab.page;
    await signInThroughPage(operator, DEV.operator02);
    await operator.getByTestId('nav-dashboard').click();
    await operator.locator('[data-testid="dashboard"][data-loading="false"]').waitFor({ timeout: 30_000 });
    expect(await operator.getByTestId('dashboard-enterprise').count()).toBe(0);
    // The same page in English.
    await operator.getByTestId('language-en').click();
    await operator.getByText('Autonomous km per day, by test entity').waitFor({ timeout: 10_000 });
    expect(await operator.getByTestId('kpis-today').innerText()).toContain('Autonomous distance');
    await operator.getByTestId('nav-promotion').click();
    const table = operator.getByTestId('promotion-table');
    await waitFor(async () => (await table.getAttribute('data-loading').catch(() => null)) === 'false', 30_000);
    const own = await (await signIn(platform.httpUrl, DEV.operator02)).get<PromotionResponse>('/api/v1/promotion');
    expect(own.items.every((c) => c.enterpriseId === 'ent-demo-02')).toBe(true);
    expect(Number(await table.getAttribute('data-count'))).toBe(own.items.length);
    expect(operatorTab.apiErrors).toEqual([]);
  }, 60_000);
});
