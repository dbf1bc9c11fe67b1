import { demoFleet } from '@fleet/demo-fleet';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConsoleRun,
  consoleHook,
  launchConsoleBrowser,
  openConsole,
  screenshot,
  submitLogin,
  type ConsoleHooks,
  type ConsoleTab,
} from './console-session.js';
import { DEV, type RunningPlatform, startPlatform, waitFor } from '@fleet/platform-harness';

const REGULATOR = DEV.regulator;
const OPERATOR = DEV.operator01;
const OPERATOR_ENTERPRISE = 'ent-demo-01';

const VEHICLES = 60;
/** Short enough that the regulator's console lives through an expiry: scheduled refresh, socket dropped, reconnect. */
const ACCESS_TOKEN_TTL_S = 20;
let platform: RunningPlatform;
let browser: Browser;
let tab: CountedTab;
let page: Page;

/** A console tab that also counts the sockets it opened and the tokens it refreshed. */
type CountedTab = ConsoleTab & { sockets: number; refreshes: number };

async function openCountedConsole(): Promise<CountedTab> {
  const counted: CountedTab = { ...(await openConsole(browser, platform.httpUrl)), sockets: 0, refreshes: 0 };
  counted.page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/api/v1/auth/refresh' && response.status() === 200) counted.refreshes++;
  });
  counted.page.on('websocket', (socket) => {
    if (socket.url().includes('/socket.io/')) counted.sockets++;
  });
  return counted;
}

const hook = <K extends keyof ConsoleHooks>(name: K, on: Page = page) => consoleHook(on, name);

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
  browser = await launchConsoleBrowser();
  tab = await openCountedConsole();
  page = tab.page;
}, 120_000);

afterAll(() => closeConsoleRun(browser, platform), 60_000);

describe('map console in Chromium', () => {
  it('asks for a login first, then shows the pilot-zone map with the demo fleet moving, in Chinese', async () => {
    await page.getByTestId('login-username').waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('login-title').innerText()).toMatch(/监管平台/);
    expect(await page.getByTestId('login-submit').innerText()).toMatch(/登\s*录/);
    expect(await page.getByTestId('map').count()).toBe(0);
    expect(await hook('mapLoaded')).toBeNull();

    await submitLogin(page, REGULATOR);
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
    expect(tab.offMachineRequests).toEqual([]);
    await screenshot(page, 'console-live-map.png');
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
      // The server closes the socket when the token it was opened with expires; the console reconnects.
      await waitFor(
        async () =>
          tab.sockets >= 2 && (await page.getByTestId('connection-status').getAttribute('data-state')) === 'live',
        (ACCESS_TOKEN_TTL_S + 30) * 1000,
        () => `sockets ${tab.sockets}, refreshes ${tab.refreshes}\n${platform.logs()}`,
      );
      expect(tab.refreshes).toBeGreaterThanOrEqual(1);
      const updatesBefore = (await hook('updatesReceived')) ?? 0;
      await waitFor(async () => ((await hook('updatesReceived')) ?? 0) >= updatesBefore + 2, 15_000);
      expect(await hook('vehicleCount')).toBe(VEHICLES);
      expect(tab.apiErrors).toEqual([]);
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
    expect(tab.apiErrors).toEqual([]);
  }, 120_000);

  it('refuses a wrong password with a message and shows no map', async () => {
    const otherTab = await openCountedConsole();
    const other = otherTab.page;
    await submitLogin(other, { username: REGULATOR.username, password: 'not-the-password' });
    const error = other.getByTestId('login-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.innerText()).toContain('用户名或密码错误');
    expect(await other.getByTestId('map').count()).toBe(0);
    expect(await other.getByTestId('current-user').count()).toBe(0);
    expect(await hook('mapLoaded', other)).toBeNull();
    expect(otherTab.sockets).toBe(0);
  }, 60_000);

  it("shows an operator only its own enterprise's vehicles", async () => {
    const expected = demoFleet(VEHICLES)
      .filter((v) => v.enterpriseId === OPERATOR_ENTERPRISE)
      .map((v) => v.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const operatorTab = await openConsole(browser, platform.httpUrl);
    const operator = operatorTab.page;
    await submitLogin(operator, OPERATOR);
    await waitForLiveMap(operator, (n) => n > 0);
    await waitFor(async () => (await hook('vehicleCount', operator)) === expected.length, 30_000);

    const visible = (await hook('vehicles', operator)) ?? [];
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.filter((v) => v.enterpriseId !== OPERATOR_ENTERPRISE)).toEqual([]);
    expect(visible.map((v) => v.id).sort()).toEqual(expected);
    expect(await operator.getByTestId('current-user').getAttribute('data-role')).toBe('operator');
    expect(await operator.getByTestId('current-user').innerText()).toContain('运营人员');
    expect(operatorTab.apiErrors).toEqual([]);
    expect(operatorTab.offMachineRequests).toEqual([]);
  }, 150_000);
});
