import { demoFleet } from '@fleet/demo-fleet';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDataDir, startPlatform, waitFor, type RunningPlatform } from './platform-process.js';

type ConsoleHooks = {
  vehicleCount(): number;
  renderedCount(): number;
  mapLoaded(): boolean;
  updatesReceived(): number;
};
type WithHooks = { __FLEET_CONSOLE__?: ConsoleHooks };

const OUTPUT = resolve(import.meta.dirname, '../../../test-output');
const VEHICLES = 60;
let platform: RunningPlatform;
let browser: Browser;
let page: Page;

const hook = <K extends keyof ConsoleHooks>(name: K) =>
  page.evaluate((n) => (window as unknown as WithHooks).__FLEET_CONSOLE__?.[n]() ?? null, name) as Promise<ReturnType<
    ConsoleHooks[K]
  > | null>;

beforeAll(async () => {
  platform = await startPlatform({ SIMULATOR: 'true', SIMULATOR_VEHICLES: String(VEHICLES), LIVE_TICK_MS: '1000' });
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
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // The console must work on a closed network: any request off this machine fails the test.
  page.on('request', (request) => {
    const host = new URL(request.url()).hostname;
    if (
      !['127.0.0.1', 'localhost'].includes(host) &&
      !request.url().startsWith('data:') &&
      !request.url().startsWith('blob:')
    ) {
      offMachineRequests.push(request.url());
    }
  });
}, 120_000);

const offMachineRequests: string[] = [];

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
}, 60_000);

describe('map console in Chromium', () => {
  it('shows the pilot-zone map with the demo fleet moving, in Chinese, without leaving the machine', async () => {
    await page.goto(platform.httpUrl);
    await waitFor(
      async () => (await hook('mapLoaded')) === true,
      60_000,
      () => platform.logs(),
    );
    await waitFor(async () => ((await hook('renderedCount')) ?? 0) >= VEHICLES, 60_000);
    const updatesBefore = (await hook('updatesReceived')) ?? 0;
    await waitFor(async () => ((await hook('updatesReceived')) ?? 0) >= updatesBefore + 2, 30_000);

    expect(await hook('vehicleCount')).toBe(VEHICLES);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const counts = page.getByTestId('header-counts');
    expect(await counts.innerText()).toMatch(/在线/);
    const online = page.getByTestId('count-online').locator('[data-value]');
    await waitFor(async () => Number(await online.getAttribute('data-value')) === VEHICLES, 15_000);
    expect(offMachineRequests).toEqual([]);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: resolve(OUTPUT, 'console-live-map.png') });
  });

  it('finds a vehicle by plate and shows its live detail panel', async () => {
    const target = demoFleet(VEHICLES)[7]!;
    await page.getByTestId('vehicle-search').locator('input').fill(target.plate);
    await page.getByTestId('vehicle-search').locator('input').press('Enter');
    const panel = page.getByTestId('vehicle-detail');
    await waitFor(async () => (await panel.getAttribute('data-vehicle-id').catch(() => null)) === target.id, 10_000);
    const text = await panel.innerText();
    expect(text).toContain(target.plate);
    expect(text).toContain(target.vin);
  });

  it('switches the chrome to English and back', async () => {
    await page.getByTestId('language-en').click();
    await waitFor(async () => /Online/.test(await page.getByTestId('header-counts').innerText()), 10_000);
    expect(await page.getByTestId('header-counts').innerText()).not.toMatch(/在线/);
    await page.getByTestId('language-zh-CN').click();
    await waitFor(async () => /在线/.test(await page.getByTestId('header-counts').innerText()), 10_000);
  });
});
