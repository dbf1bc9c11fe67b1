import { demoFleet } from '@fleet/demo-fleet';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startPlatform, waitFor, type RunningPlatform } from './platform-process.js';

type ConsoleHooks = {
  vehicleCount(): number;
  renderedCount(): number;
  mapLoaded(): boolean;
  updatesReceived(): number;
  vehicles(): { id: string; enterpriseId: string }[];
};
type WithHooks = { __FLEET_CONSOLE__?: ConsoleHooks };
type Account = { username: string; password: string };

/** Development accounts the demo start-up creates. */
const REGULATOR: Account = { username: 'regulator', password: 'regulator-dev-password' };
const OPERATOR: Account = { username: 'operator-01', password: 'operator-dev-password' };
const OPERATOR_ENTERPRISE = 'ent-demo-01';

const OUTPUT = resolve(import.meta.dirname, '../../../test-output');
const VEHICLES = 60;
/** Short enough that the regulator's console lives through an expiry: scheduled refresh, socket dropped, reconnect. */
const ACCESS_TOKEN_TTL_S = 20;
let platform: RunningPlatform;
let browser: Browser;
const contexts: BrowserContext[] = [];
let page: Page;

/** Console traffic worth failing a test over, per page. */
type PageRecord = { offMachineRequests: string[]; apiFailures: string[]; sockets: number; refreshes: number };
const records = new WeakMap<Page, PageRecord>();
const recordOf = (p: Page): PageRecord =>
  records.get(p) ?? { offMachineRequests: [], apiFailures: [], sockets: 0, refreshes: 0 };

const hook = <K extends keyof ConsoleHooks>(name: K, on: Page = page) =>
  on.evaluate((n) => (window as unknown as WithHooks).__FLEET_CONSOLE__?.[n]() ?? null, name) as Promise<ReturnType<
    ConsoleHooks[K]
  > | null>;

/** A fresh browser context (own sessionStorage) with the console's traffic recorded. */
async function openConsolePage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  const p = await context.newPage();
  const record: PageRecord = { offMachineRequests: [], apiFailures: [], sockets: 0, refreshes: 0 };
  records.set(p, record);
  // The console must work on a closed network: any request off this machine fails the test.
  p.on('request', (request) => {
    const url = request.url();
    const host = new URL(url).hostname;
    if (!['127.0.0.1', 'localhost'].includes(host) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      record.offMachineRequests.push(url);
    }
  });
  p.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path === '/api/v1/auth/refresh' && response.status() === 200) record.refreshes++;
    // A refused login is the user's mistake; any other refusal means the console sent a bad or stale token.
    if (path.startsWith('/api/v1/') && path !== '/api/v1/auth/login' && response.status() >= 400) {
      record.apiFailures.push(`${response.status()} ${path}`);
    }
  });
  p.on('websocket', (socket) => {
    if (socket.url().includes('/socket.io/')) record.sockets++;
  });
  await p.goto(platform.httpUrl);
  return p;
}

async function signIn(on: Page, account: Account): Promise<void> {
  await on.getByTestId('login-username').fill(account.username);
  await on.getByTestId('login-password').fill(account.password);
  await on.getByTestId('login-submit').click();
}

async function waitForLiveMap(on: Page, vehicles: (n: number) => boolean): Promise<void> {
  await waitFor(
    async () => (await hook('mapLoaded', on)) === true,
    60_000,
    () => platform.logs(),
  );
  await waitFor(async () => vehicles((await hook('renderedCount', on)) ?? 0), 60_000);
}

beforeAll(async () => {
  platform = await startPlatform({
    SIMULATOR: 'true',
    SIMULATOR_VEHICLES: String(VEHICLES),
    LIVE_TICK_MS: '1000',
    AUTH_ACCESS_TOKEN_TTL_S: String(ACCESS_TOKEN_TTL_S),
  });
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
  page = await openConsolePage();
}, 120_000);

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
}, 60_000);

describe('map console in Chromium', () => {
  it('asks for a login first, then shows the pilot-zone map with the demo fleet moving, in Chinese', async () => {
    await page.getByTestId('login-username').waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('login-title').innerText()).toMatch(/监管平台/);
    expect(await page.getByTestId('login-submit').innerText()).toMatch(/登\s*录/);
    expect(await page.getByTestId('map').count()).toBe(0);
    expect(await hook('mapLoaded')).toBeNull();

    await signIn(page, REGULATOR);
    await waitForLiveMap(page, (n) => n >= VEHICLES);
    const updatesBefore = (await hook('updatesReceived')) ?? 0;
    await waitFor(async () => ((await hook('updatesReceived')) ?? 0) >= updatesBefore + 2, 30_000);

    expect(await hook('vehicleCount')).toBe(VEHICLES);
    const user = page.getByTestId('current-user');
    expect(await user.getAttribute('data-role')).toBe('regulator');
    expect(await user.innerText()).toContain('监管人员');
    const counts = page.getByTestId('header-counts');
    expect(await counts.innerText()).toMatch(/在线/);
    const online = page.getByTestId('count-online').locator('[data-value]');
    await waitFor(async () => Number(await online.getAttribute('data-value')) === VEHICLES, 15_000);
    expect(recordOf(page).offMachineRequests).toEqual([]);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: resolve(OUTPUT, 'console-live-map.png') });
  }, 150_000);

  it('finds a vehicle by plate and shows its live detail panel (REST with the access token)', async () => {
    const target = demoFleet(VEHICLES)[7]!;
    await page.getByTestId('vehicle-search').locator('input').fill(target.plate);
    await page.getByTestId('vehicle-search').locator('input').press('Enter');
    const panel = page.getByTestId('vehicle-detail');
    await waitFor(async () => (await panel.getAttribute('data-vehicle-id').catch(() => null)) === target.id, 10_000);
    const text = await panel.innerText();
    expect(text).toContain(target.plate);
    expect(text).toContain(target.vin);
    await page.getByTestId('vehicle-detail-close').click();
  });

  it('switches the chrome to English and back', async () => {
    await page.getByTestId('language-en').click();
    await waitFor(async () => /Online/.test(await page.getByTestId('header-counts').innerText()), 10_000);
    expect(await page.getByTestId('header-counts').innerText()).not.toMatch(/在线/);
    expect(await page.getByTestId('current-user').innerText()).toContain('Regulator');
    await page.getByTestId('language-zh-CN').click();
    await waitFor(async () => /在线/.test(await page.getByTestId('header-counts').innerText()), 10_000);
  });

  it(
    'stays live across an access-token expiry: refreshes the token and reconnects the socket',
    async () => {
      const record = recordOf(page);
      // The server closes the socket when the token it was opened with expires; the console reconnects.
      await waitFor(
        async () =>
          record.sockets >= 2 && (await page.getByTestId('connection-status').getAttribute('data-state')) === 'live',
        (ACCESS_TOKEN_TTL_S + 30) * 1000,
        () => `sockets ${record.sockets}, refreshes ${record.refreshes}\n${platform.logs()}`,
      );
      expect(record.refreshes).toBeGreaterThanOrEqual(1);
      const updatesBefore = (await hook('updatesReceived')) ?? 0;
      await waitFor(async () => ((await hook('updatesReceived')) ?? 0) >= updatesBefore + 2, 15_000);
      expect(await hook('vehicleCount')).toBe(VEHICLES);
      expect(record.apiFailures).toEqual([]);
    },
    (ACCESS_TOKEN_TTL_S + 60) * 1000,
  );

  it('keeps the tab signed in across a reload, and signing out returns to the login page', async () => {
    await page.reload();
    await waitForLiveMap(page, (n) => n >= VEHICLES);
    expect(await page.getByTestId('current-user').getAttribute('data-role')).toBe('regulator');

    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor({ timeout: 10_000 });
    await waitFor(async () => (await hook('mapLoaded')) === null, 10_000);
    expect(await page.getByTestId('map').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.reload();
    await page.getByTestId('login-username').waitFor({ timeout: 10_000 });
    expect(recordOf(page).apiFailures).toEqual([]);
  }, 120_000);

  it('refuses a wrong password with a message and shows no map', async () => {
    const other = await openConsolePage();
    await other.getByTestId('login-username').waitFor({ timeout: 30_000 });
    await signIn(other, { username: REGULATOR.username, password: 'not-the-password' });
    const error = other.getByTestId('login-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.innerText()).toContain('用户名或密码错误');
    expect(await other.getByTestId('map').count()).toBe(0);
    expect(await other.getByTestId('current-user').count()).toBe(0);
    expect(await hook('mapLoaded', other)).toBeNull();
    expect(recordOf(other).sockets).toBe(0);
  }, 60_000);

  it("shows an operator only its own enterprise's vehicles", async () => {
    const expected = demoFleet(VEHICLES)
      .filter((v) => v.enterpriseId === OPERATOR_ENTERPRISE)
      .map((v) => v.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const operator = await openConsolePage();
    await operator.getByTestId('login-username').waitFor({ timeout: 30_000 });
    await signIn(operator, OPERATOR);
    await waitForLiveMap(operator, (n) => n > 0);
    await waitFor(async () => (await hook('vehicleCount', operator)) === expected.length, 30_000);

    const visible = (await hook('vehicles', operator)) ?? [];
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.filter((v) => v.enterpriseId !== OPERATOR_ENTERPRISE)).toEqual([]);
    expect(visible.map((v) => v.id).sort()).toEqual(expected);
    expect(await operator.getByTestId('current-user').getAttribute('data-role')).toBe('operator');
    expect(await operator.getByTestId('current-user').innerText()).toContain('运营人员');
    expect(recordOf(operator).apiFailures).toEqual([]);
    expect(recordOf(operator).offMachineRequests).toEqual([]);
  }, 150_000);
});
