import type { AlertView } from '@fleet/alerts-model';
import { demoFleet } from '@fleet/demo-fleet';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import type { Permit, ZoneFeatureCollection } from '@fleet/registry-model';
import { vehicleTopic } from '@fleet/telemetry-contract';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectVehicle, DEV, signIn, type ApiSession } from './platform-clients.js';
import { removeDataDir, startPlatform, waitFor, type RunningPlatform } from './platform-process.js';
import { sampleAt, telemetryFrame } from './telemetry-frames.js';

type Account = { username: string; password: string };
type ConsoleHooks = { mapLoaded(): boolean; alertCount(): number; zoneFeatureCount(): number };
type WithHooks = { __FLEET_CONSOLE__?: ConsoleHooks };

const OUTPUT = resolve(import.meta.dirname, '../../../test-output');
const FLEET = demoFleet(60);

let platform: RunningPlatform;
let browser: Browser;
let regulator: ApiSession;
const contexts: BrowserContext[] = [];

/** Console traffic worth failing a test over, per page. */
type PageRecord = { apiFailures: string[]; offMachineRequests: string[] };
const records = new WeakMap<Page, PageRecord>();
const recordOf = (p: Page): PageRecord => records.get(p) ?? { apiFailures: [], offMachineRequests: [] };

/** A fresh browser context (own sessionStorage) on the console, with refused API calls recorded. */
async function openConsole(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const record: PageRecord = { apiFailures: [], offMachineRequests: [] };
  records.set(page, record);
  page.on('request', (request) => {
    const url = request.url();
    const host = new URL(url).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      record.offMachineRequests.push(url);
    }
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/api/v1/') && path !== '/api/v1/auth/login' && response.status() >= 400) {
      record.apiFailures.push(`${response.request().method()} ${response.status()} ${path}`);
    }
  });
  await page.goto(platform.httpUrl);
  await page.getByTestId('login-username').waitFor({ timeout: 30_000 });
  return page;
}

async function signInThroughPage(page: Page, account: Account): Promise<void> {
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor({ timeout: 30_000 });
}

const hook = <K extends keyof ConsoleHooks>(page: Page, name: K) =>
  page.evaluate((n) => (window as unknown as WithHooks).__FLEET_CONSOLE__?.[n]() ?? null, name) as Promise<ReturnType<
    ConsoleHooks[K]
  > | null>;

/** The live map is drawn and the alert panel has its first load of unresolved alerts. */
async function waitForLiveMap(page: Page): Promise<void> {
  await waitFor(
    async () => (await hook(page, 'mapLoaded')) === true,
    60_000,
    () => platform.logs(),
  );
  await page.locator('[data-testid="alert-panel"][data-loaded="true"]').waitFor({ timeout: 30_000 });
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: resolve(OUTPUT, name), animations: 'disabled' });
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
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  regulator = await signIn(platform.httpUrl, DEV.regulator);
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
}, 60_000);

describe('alerts, permits and zones in the console (Chromium)', () => {
  let page: Page;

  it('shows an over-speed alert pushed live in the panel; clicking it opens the vehicle; the regulator acknowledges it', async () => {
    page = await openConsole();
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
    expect(recordOf(page).apiFailures).toEqual([]);
    expect(recordOf(page).offMachineRequests).toEqual([]);
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
    expect(recordOf(page).apiFailures).toEqual([]);
  }, 60_000);

  it('draws the permit zones under the vehicles, and the legend switches them off and on', async () => {
    const zones = await regulator.get<ZoneFeatureCollection>('/api/v1/zones');
    expect(zones.features.length).toBeGreaterThan(0);
    await page.getByTestId('nav-live').click();
    await waitForLiveMap(page);
    await waitFor(async () => (await hook(page, 'zoneFeatureCount')) === zones.features.length, 15_000);

    const toggle = page.getByTestId('legend-zones');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await waitFor(async () => (await hook(page, 'zoneFeatureCount')) === 0, 5_000);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await waitFor(async () => (await hook(page, 'zoneFeatureCount')) === zones.features.length, 5_000);
    expect(recordOf(page).apiFailures).toEqual([]);
  }, 90_000);

  it('shows the assessor the alerts and permits without any controls, and the alert history', async () => {
    const assessor = await openConsole();
    await signInThroughPage(assessor, DEV.assessor);
    await waitForLiveMap(assessor);
    await waitFor(async () => ((await hook(assessor, 'alertCount')) ?? 0) > 0, 15_000);
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
    expect(await table.innerText()).toContain('已确认');
    await screenshot(assessor, 'console-alert-history.png');

    await assessor.getByTestId('nav-permits').click();
    await assessor.getByTestId('permits-read-only').waitFor({ timeout: 15_000 });
    expect(await assessor.getByTestId('permit-suspend').count()).toBe(0);
    expect(recordOf(assessor).apiFailures).toEqual([]);
  }, 90_000);
});
