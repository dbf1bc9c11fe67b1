import type { AlertView } from '@fleet/alerts-model';
import { demoFleet } from '@fleet/demo-fleet';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import type { Permit, ZoneFeatureCollection } from '@fleet/registry-model';
import { vehicleTopic } from '@fleet/telemetry-contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConsoleRun,
  consoleHook,
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

let platform: RunningPlatform;
let browser: Browser;
let regulator: ApiSession;

/** The live map is drawn and the alert panel has its first load of unresolved alerts. */
async function waitForLiveMap(page: Page): Promise<void> {
  await waitFor(
    async () => (await consoleHook(page, 'mapLoaded')) === true,
    60_000,
    () => platform.logs(),
  );
  await page.locator('[data-testid="alert-panel"][data-loaded="true"]').waitFor({ timeout: 30_000 });
}

/** A demo robotaxi on a normal permit, driven by the test along a point of its own road. */
async function robotaxiTerminal() {
  const vehicle = FLEET.filter((v) => v.category === 'robotaxi')[0]!;
  const [lonDeg, latDeg] = pilotZoneRoads().find((r) => r.id === vehicle.routeId)!.coordinates[0]!;
  const terminal = await connectVehicle(platform.mqttUrl, vehicle.id);
  let seq = 0;
  const send = (speedMps: number, timeMs: number) =>
    terminal.publishAsync(
      vehicleTopic(vehicle.id, 'telemetry'),
      telemetryFrame(vehicle.id, ++seq, [
        sampleAt(timeMs, { lonDeg, latDeg, speedMps, safetyOfficerId: `SO-${vehicle.id}` }),
      ]),
      { qos: 1 },
    );
  return { vehicle, send, close: () => terminal.endAsync() };
}

beforeAll(async () => {
  // No simulator: only the vehicles this test drives send samples, so the alerts seen are the test's own.
  platform = await startPlatform({ SIMULATOR: 'false', SIMULATOR_VEHICLES: String(FLEET.length) });
  browser = await launchConsoleBrowser();
  regulator = await signIn(platform.httpUrl, DEV.regulator);
}, 120_000);

afterAll(() => closeConsoleRun(browser, platform), 60_000);

describe('alerts, permits and zones in the console (Chromium)', () => {
  let tab: ConsoleTab;
  let page: Page;

  it('shows an over-speed alert pushed live in the panel; clicking it opens the vehicle; the regulator acknowledges it', async () => {
    tab = await openConsole(browser, platform.httpUrl);
    page = tab.page;
    await signInThroughPage(page, DEV.regulator);
    await waitForLiveMap(page);
    const panel = page.getByTestId('alert-panel');
    const warningsBefore = Number(await panel.getByTestId('alert-count-warning').getAttribute('data-value'));

    const car = await robotaxiTerminal();
    const t0 = Date.now() - 10_000;
    for (let i = 0; i < 2; i++) await car.send(8, t0 + i * 1_000);
    // 45 m/s is far above any demo cap; six samples 1 s apart outlast the rule's few seconds of grace.
    for (let i = 2; i < 8; i++) await car.send(45, t0 + i * 1_000);
    const item = panel.locator(
      `[data-testid="alert-item"][data-kind="over_speed"][data-vehicle-id="${car.vehicle.id}"]`,
    );
    await item.waitFor({ timeout: 15_000 });
    expect(await item.getAttribute('data-severity')).toBe('warning');
    expect(await item.getAttribute('data-status')).toBe('open');
    const text = await item.innerText();
    expect(text).toContain('超速');
    expect(text).toContain(car.vehicle.plate);
    // The server's English detail is written again in Chinese from the alert's facts.
    expect(await item.getByTestId('alert-detail').innerText()).toMatch(/^车速 \d+\.\d km\/h，超过限速 \d+ km\/h$/);
    await waitFor(
      async () => Number(await panel.getByTestId('alert-count-warning').getAttribute('data-value')) > warningsBefore,
      10_000,
    );

    await item.getByTestId('alert-vehicle').click();
    const detail = page.getByTestId('vehicle-detail');
    await waitFor(
      async () => (await detail.getAttribute('data-vehicle-id').catch(() => null)) === car.vehicle.id,
      15_000,
    );
    expect(await detail.getByTestId('detail-plate').innerText()).toBe(car.vehicle.plate);
    await screenshot(page, 'console-alerts.png');

    await item.getByTestId('alert-acknowledge').click();
    await page.getByTestId('alert-note-dialog').waitFor({ timeout: 10_000 });
    await page.getByTestId('alert-note').fill('已电话通知测试主体');
    await page.getByTestId('alert-note-confirm').click();
    await waitFor(async () => (await item.getAttribute('data-status')) === 'acknowledged', 10_000);
    expect(await item.getByTestId('alert-acknowledge').count()).toBe(0);
    expect(await item.getByTestId('alert-resolve').count()).toBe(1);
    const stored = await regulator.get<{ items: AlertView[] }>(
      `/api/v1/alerts?vehicleId=${car.vehicle.id}&kind=over_speed`,
    );
    expect(stored.items[0]).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'regulator',
      acknowledgeNote: '已电话通知测试主体',
    });

    // Slowing down ends the condition: the push marks the alert 已恢复 in place, without a reload.
    for (let i = 8; i < 14; i++) await car.send(8, t0 + i * 1_000);
    await waitFor(async () => (await item.getAttribute('data-cleared')) === 'true', 15_000);
    expect(await item.innerText()).toContain('已恢复');
    await car.close();
    expect(tab.apiErrors).toEqual([]);
    expect(tab.offMachineRequests).toEqual([]);
  }, 150_000);

  it('lists the permits, and the regulator suspends one with a reason', async () => {
    const robotaxiId = FLEET.filter((v) => v.category === 'robotaxi')[0]!.id;
    const active = (await regulator.get<{ items: Permit[] }>('/api/v1/permits?status=active')).items;
    const target = active.find((p) => !p.vehicleIds.includes(robotaxiId))!;
    expect(target).toBeDefined();

    await page.getByTestId('nav-permits').click();
    const table = page.getByTestId('permits-table');
    await waitFor(
      async () =>
        (await table.getAttribute('data-loading').catch(() => null)) === 'false' &&
        Number(await table.getAttribute('data-count')) > 0,
      15_000,
    );
    expect(page.url()).toMatch(/#\/permits$/);
    const row = table.locator(`tr[data-row-key="${target.id}"]`);
    expect(await row.locator('[data-testid="permit-status"]').innerText()).toBe('有效');
    expect(await table.innerText()).toMatch(/道路测试|示范应用/);

    await row.getByTestId('permit-suspend').click();
    await page.getByTestId('permit-reason').fill('安全评估未通过，暂停测试');
    await page.getByTestId('permit-confirm').click();
    await waitFor(
      async () => (await row.locator('[data-testid="permit-status"]').getAttribute('data-status')) === 'suspended',
      10_000,
    );
    expect(await row.locator('[data-testid="permit-status"]').innerText()).toBe('已暂停');
    expect(await row.getByTestId('permit-status-reason').innerText()).toBe('安全评估未通过，暂停测试');
    expect(await row.getByTestId('permit-reinstate').count()).toBe(1);
    await screenshot(page, 'console-permits.png');
    const stored = await regulator.get<Permit>(`/api/v1/permits/${target.id}`);
    expect(stored).toMatchObject({ status: 'suspended', statusReason: '安全评估未通过，暂停测试' });
    expect(tab.apiErrors).toEqual([]);
  }, 60_000);

  it('draws the permit zones under the vehicles, and the legend switches them off and on', async () => {
    const zones = await regulator.get<ZoneFeatureCollection>('/api/v1/zones');
    expect(zones.features.length).toBeGreaterThan(0);
    await page.getByTestId('nav-live').click();
    await waitForLiveMap(page);
    await waitFor(async () => (await consoleHook(page, 'zoneFeatureCount')) === zones.features.length, 15_000);

    const toggle = page.getByTestId('legend-zones');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await waitFor(async () => (await consoleHook(page, 'zoneFeatureCount')) === 0, 5_000);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await waitFor(async () => (await consoleHook(page, 'zoneFeatureCount')) === zones.features.length, 5_000);
    expect(tab.apiErrors).toEqual([]);
  }, 90_000);

  it('shows the assessor the alerts and permits without any controls, and the alert history', async () => {
    const assessorTab = await openConsole(browser, platform.httpUrl);
    const assessor = assessorTab.page;
    await signInThroughPage(assessor, DEV.assessor);
    await waitForLiveMap(assessor);
    await waitFor(async () => ((await consoleHook(assessor, 'alertCount')) ?? 0) > 0, 15_000);
    expect(await assessor.getByTestId('alert-item').count()).toBeGreaterThan(0);
    expect(await assessor.getByTestId('alert-acknowledge').count()).toBe(0);
    expect(await assessor.getByTestId('alert-resolve').count()).toBe(0);

    await assessor.getByTestId('nav-alerts').click();
    const table = assessor.getByTestId('alerts-table');
    await waitFor(
      async () =>
        (await table.getAttribute('data-loading').catch(() => null)) === 'false' &&
        Number(await table.getAttribute('data-count')) > 0,
      15_000,
    );
    expect(await table.locator('[data-kind="over_speed"]').count()).toBeGreaterThan(0);
    const overSpeedRow = table
      .locator('tr[data-row-key]')
      .filter({ has: assessor.locator('[data-kind="over_speed"]') });
    expect(await overSpeedRow.first().getByTestId('alert-detail').innerText()).toMatch(/超过限速 \d+ km\/h/);
    expect(await table.innerText()).toContain('已确认');
    await screenshot(assessor, 'console-alert-history.png');

    await assessor.getByTestId('nav-permits').click();
    await assessor.getByTestId('permits-read-only').waitFor({ timeout: 15_000 });
    expect(await assessor.getByTestId('permit-suspend').count()).toBe(0);
    expect(assessorTab.apiErrors).toEqual([]);
  }, 90_000);
});
