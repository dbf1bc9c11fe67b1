import { withVinCheckDigit, type VehicleSummary } from '@fleet/fleet-model';
import type { ZoneFeatureCollection } from '@fleet/registry-model';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConsoleRun,
  launchConsoleBrowser,
  openConsole,
  screenshot,
  signInThroughPage,
  type ApiFailure,
  type ConsoleTab,
} from './console-session.js';
import { type ApiSession, DEV, type RunningPlatform, signIn, startPlatform, waitFor } from '@fleet/platform-harness';

const ENTERPRISE = { id: 'ent-e2e-registry', nameZh: '登记页测试主体', nameEn: 'Registry page E2E entity' };
const VEHICLE = {
  id: 'E2E-REG-0001',
  vin: withVinCheckDigit('LE2EA2180N2183295'),
  plate: '沪A·REG01试',
  category: 'robotaxi',
  automationLevel: 4,
  driverlessCapable: true,
  enterpriseId: ENTERPRISE.id,
};
/** The same VIN with another digit in position 9, which the form must catch before anything is sent. */
const WRONG_CHECK_DIGIT = `${VEHICLE.vin.slice(0, 8)}${VEHICLE.vin[8] === '1' ? '2' : '1'}${VEHICLE.vin.slice(9)}`;

const ring = (lon: number, lat: number) => [
  [lon, lat],
  [lon + 0.01, lat],
  [lon + 0.01, lat + 0.01],
  [lon, lat + 0.01],
  [lon, lat],
];
const ZONES_FILE = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [ring(121.2, 31.3)] },
      properties: { id: 'e2e-registry-square', name_zh: '登记页测试区域', name_en: 'Registry E2E square' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [121.2, 31.32],
          [121.22, 31.33],
        ],
      },
      properties: {
        id: 'e2e-registry-road',
        name_zh: '登记页测试路段',
        name_en: 'Registry E2E road',
        corridor_width_m: 40,
      },
    },
  ],
};
/** A polygon whose ring does not close: the server refuses it and says where. */
const MALFORMED_ZONES_FILE = {
  type: 'FeatureCollection',
  features: [
    {
      ...ZONES_FILE.features[0],
      geometry: { type: 'Polygon', coordinates: [ring(121.2, 31.3).slice(0, 4)] },
    },
  ],
};
/** The regulator's page sends the malformed file on purpose; every other refusal fails the test. */
const MALFORMED_IMPORT = (f: ApiFailure) =>
  f.method === 'POST' && f.path === '/api/v1/zones/import' && f.status === 400;

let platform: RunningPlatform;
let browser: Browser;
let regulator: ApiSession;
let files: string;

beforeAll(async () => {
  platform = await startPlatform({ SIMULATOR: 'false', SIMULATOR_VEHICLES: '20' });
  browser = await launchConsoleBrowser();
  regulator = await signIn(platform.httpUrl, DEV.regulator);
  files = mkdtempSync(join(tmpdir(), 'fleet-e2e-zones-'));
}, 120_000);

afterAll(async () => {
  await closeConsoleRun(browser, platform);
  if (files) rmSync(files, { recursive: true, force: true });
}, 60_000);

/** Waits until a registry table has loaded at least `minRows` rows. */
async function waitForTable(table: Locator, minRows = 1): Promise<void> {
  await waitFor(
    async () =>
      (await table.getAttribute('data-loading').catch(() => null)) === 'false' &&
      Number(await table.getAttribute('data-count')) >= minRows,
    15_000,
  );
}

/** The values of one `data-*` attribute over a table's cells. */
const cellValues = (table: Locator, attribute: string) =>
  table
    .locator(`tr[data-row-key] [${attribute}]`)
    .evaluateAll((cells, name) => cells.map((c) => c.getAttribute(name)), attribute);

/** Opens an antd select and picks an option, typing to filter when the select searches. */
async function choose(page: Page, selectTestId: string, optionTestId: string, filter?: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  if (filter) await page.keyboard.type(filter);
  await page.getByTestId(optionTestId).click();
}

async function openRegistry(tab: ConsoleTab, account: { username: string; password: string }): Promise<void> {
  await signInThroughPage(tab.page, account);
  await tab.page.getByTestId('nav-registry').click();
  await tab.page.getByTestId('registry-page').waitFor({ timeout: 15_000 });
  expect(tab.page.url()).toMatch(/#\/registry$/);
}

describe('registry page in Chromium', () => {
  let tab: ConsoleTab;
  let page: Page;

  it('lets a regulator register a test entity and a vehicle, the VIN checked while it is typed', async () => {
    tab = await openConsole(browser, platform.httpUrl, MALFORMED_IMPORT);
    page = tab.page;
    const vehiclePosts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/vehicles') {
        vehiclePosts.push(request.postData() ?? '');
      }
    });
    await openRegistry(tab, DEV.regulator);
    expect(await page.getByTestId('registry-read-only').count()).toBe(0);

    const enterprises = page.getByTestId('enterprises-table');
    await waitForTable(enterprises);
    await page.getByTestId('enterprise-create').click();
    await page.getByTestId('enterprise-id').fill(ENTERPRISE.id);
    await page.getByTestId('enterprise-name-zh').fill(ENTERPRISE.nameZh);
    await page.getByTestId('enterprise-name-en').fill(ENTERPRISE.nameEn);
    await page.getByTestId('enterprise-submit').click();
    const enterpriseRow = enterprises.locator(`tr[data-row-key="${ENTERPRISE.id}"]`);
    await enterpriseRow.waitFor({ timeout: 15_000 });
    expect(await enterpriseRow.innerText()).toContain(ENTERPRISE.nameZh);

    await page.getByTestId('registry-tab-vehicles').click();
    await waitForTable(page.getByTestId('vehicles-table'));
    await page.getByTestId('vehicle-register').click();
    await page.getByTestId('vehicle-id').fill(VEHICLE.id);
    await page.getByTestId('vehicle-vin').fill(WRONG_CHECK_DIGIT);
    const vinError = page.getByTestId('vehicle-vin-error');
    await vinError.waitFor({ timeout: 5_000 });
    expect(await vinError.innerText()).toBe(`第 9 位校验位应为 ${VEHICLE.vin[8]}，当前为 ${WRONG_CHECK_DIGIT[8]}`);
    await page.getByTestId('vehicle-submit').click();
    expect(await page.getByTestId('vehicle-dialog').count()).toBe(1);

    await page.getByTestId('vehicle-vin').fill(VEHICLE.vin.toLowerCase());
    await page.getByTestId('vehicle-vin-ok').waitFor({ timeout: 5_000 });
    expect(await vinError.count()).toBe(0);
    await page.getByTestId('vehicle-plate').fill(VEHICLE.plate);
    await choose(page, 'vehicle-category', `vehicle-category-${VEHICLE.category}`);
    await page.getByTestId(`vehicle-level-${VEHICLE.automationLevel}`).click();
    await page.getByTestId('vehicle-driverless').click();
    await choose(page, 'vehicle-enterprise', `vehicle-enterprise-${ENTERPRISE.id}`, ENTERPRISE.id);
    await screenshot(page, 'console-registry-vehicle-form.png');
    await page.getByTestId('vehicle-submit').click();
    await waitFor(async () => (await page.getByTestId('vehicle-dialog').count()) === 0, 15_000);
    // The wrong check digit never left the browser: one registration was sent, the right one.
    expect(vehiclePosts.map((body) => (JSON.parse(body) as { vin: string }).vin)).toEqual([VEHICLE.vin]);

    const search = page.getByTestId('vehicles-search').locator('input');
    await search.fill(VEHICLE.id);
    await search.press('Enter');
    const vehicleRow = page.getByTestId('vehicles-table').locator(`tr[data-row-key="${VEHICLE.id}"]`);
    await vehicleRow.waitFor({ timeout: 15_000 });
    const rowText = await vehicleRow.innerText();
    for (const shown of [VEHICLE.plate, VEHICLE.vin, '智慧出租', 'L4', ENTERPRISE.nameZh])
      expect(rowText).toContain(shown);
    expect(await regulator.get<VehicleSummary>(`/api/v1/vehicles/${VEHICLE.id}`)).toMatchObject({
      ...VEHICLE,
      enterpriseName: ENTERPRISE.nameZh,
      state: null,
    });
    await screenshot(page, 'console-registry-vehicles.png');

    await page.getByTestId('registry-tab-enterprises').click();
    await waitFor(async () => (await enterpriseRow.locator('[data-count]').getAttribute('data-count')) === '1', 15_000);
    expect(tab.apiErrors).toEqual([]);
    expect(tab.offMachineRequests).toEqual([]);
  }, 120_000);

  it('imports a zones file chosen in the page, shows the server’s problems with a bad one, and exports them', async () => {
    await page.getByTestId('registry-tab-zones').click();
    const zones = page.getByTestId('zones-table');
    await waitForTable(zones);

    const bad = join(files, 'open-ring.geojson');
    writeFileSync(bad, JSON.stringify(MALFORMED_ZONES_FILE));
    await page.getByTestId('zones-import-file').setInputFiles(bad);
    const error = page.getByTestId('zones-import-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.getAttribute('data-kind')).toBe('invalid_request');
    expect(await error.innerText()).toContain('open-ring.geojson');
    expect(await error.getByTestId('refusal-issue').count()).toBeGreaterThan(0);
    expect(await error.innerText()).toContain('ring must be closed');
    expect(await zones.locator('tr[data-row-key="e2e-registry-square"]').count()).toBe(0);

    const good = join(files, 'e2e-zones.geojson');
    writeFileSync(good, JSON.stringify(ZONES_FILE));
    await page.getByTestId('zones-import-file').setInputFiles(good);
    const area = zones.locator('tr[data-row-key="e2e-registry-square"]');
    await area.waitFor({ timeout: 15_000 });
    expect(await error.count()).toBe(0);
    expect(await area.locator('[data-zone-type]').getAttribute('data-zone-type')).toBe('area');
    expect(await area.innerText()).toContain('登记页测试区域');
    const road = zones.locator('tr[data-row-key="e2e-registry-road"]');
    expect(await road.locator('[data-zone-type]').getAttribute('data-zone-type')).toBe('corridor');
    expect(await road.locator('[data-width]').getAttribute('data-width')).toBe('40');
    await screenshot(page, 'console-registry-zones.png');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('zones-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^permit-zones-\d{8}\.geojson$/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as ZoneFeatureCollection;
    const served = await regulator.get<ZoneFeatureCollection>('/api/v1/zones');
    expect(exported.features.map((f) => f.properties.id).sort()).toEqual(
      served.features.map((f) => f.properties.id).sort(),
    );
    expect(exported.features.map((f) => f.properties.id)).toContain('e2e-registry-road');
    expect(tab.apiErrors).toEqual([]);
  }, 90_000);

  it('shows an operator its own enterprise only, read-only', async () => {
    const operator = await signIn(platform.httpUrl, DEV.operator01);
    const own = await operator.get<{ items: VehicleSummary[]; total: number }>('/api/v1/vehicles');
    expect(own.total).toBeGreaterThan(0);
    const operatorTab = await openConsole(browser, platform.httpUrl);
    const view = operatorTab.page;
    await openRegistry(operatorTab, DEV.operator01);
    await view.getByTestId('registry-read-only').waitFor({ timeout: 10_000 });

    const enterprises = view.getByTestId('enterprises-table');
    await waitForTable(enterprises);
    expect(await cellValues(enterprises, 'data-enterprise-id')).toEqual(['ent-demo-01']);
    expect(await view.getByTestId('enterprise-create').count()).toBe(0);

    await view.getByTestId('registry-tab-vehicles').click();
    const vehicles = view.getByTestId('vehicles-table');
    await waitForTable(vehicles);
    expect(Number(await vehicles.getAttribute('data-total'))).toBe(own.total);
    expect(new Set(await cellValues(vehicles, 'data-enterprise-id'))).toEqual(new Set(['ent-demo-01']));
    expect(await view.getByTestId('vehicle-register').count()).toBe(0);

    await view.getByTestId('registry-tab-officers').click();
    const officers = view.getByTestId('officers-table');
    await waitFor(async () => (await officers.getAttribute('data-loading').catch(() => null)) === 'false', 15_000);
    expect((await cellValues(officers, 'data-enterprise-id')).filter((id) => id !== 'ent-demo-01')).toEqual([]);
    expect(await view.getByTestId('officer-create').count()).toBe(0);

    await view.getByTestId('registry-tab-zones').click();
    await waitForTable(view.getByTestId('zones-table'));
    expect(await view.getByTestId('zones-export').count()).toBe(1);
    expect(await view.getByTestId('zones-import').count()).toBe(0);
    expect(await view.getByTestId('zones-import-file').count()).toBe(0);
    await screenshot(view, 'console-registry-operator.png');
    expect(operatorTab.apiErrors).toEqual([]);
  }, 90_000);
});
