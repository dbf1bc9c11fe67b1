import type { VehicleSummary } from '@fleet/fleet-model';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConsoleRun,
  consoleHook,
  launchConsoleBrowser,
  openConsole,
  screenshot,
  signInThroughPage,
  type ConsoleAccount,
} from './console-session.js';
import {
  type ApiSession,
  connectVehicle,
  DEV,
  login,
  type RunningPlatform,
  signIn,
  startPlatform,
  waitFor,
} from '@fleet/platform-harness';

type AccountView = { id: string; username: string; role: string; enterpriseId: string | null; disabled: boolean };

/** The audit page loads this many entries at a time (AUDIT_PAGE_SIZE in the console). */
const AUDIT_PAGE_SIZE = 50;

let platform: RunningPlatform;
let browser: Browser;
let admin: ApiSession;

/** Opens a vehicle's detail panel the way a user does: its plate in the search box, Enter. */
async function openVehicle(page: Page, vehicle: VehicleSummary): Promise<Locator> {
  const search = page.getByTestId('vehicle-search').locator('input');
  await search.fill(vehicle.plate);
  await search.press('Enter');
  const panel = page.getByTestId('vehicle-detail');
  await waitFor(async () => (await panel.getAttribute('data-vehicle-id').catch(() => null)) === vehicle.id, 15_000);
  return panel;
}

/** Rows of the audit table (antd marks data rows with `data-row-key`). */
const auditRows = (page: Page) => page.getByTestId('audit-table').locator('tr[data-row-key]');

async function waitForAuditTable(page: Page, minRows: number): Promise<void> {
  const table = page.getByTestId('audit-table');
  await waitFor(
    async () =>
      (await table.getAttribute('data-loading').catch(() => null)) === 'false' &&
      Number(await table.getAttribute('data-count')) >= minRows,
    15_000,
  );
}

beforeAll(async () => {
  platform = await startPlatform({ SIMULATOR: 'false', SIMULATOR_VEHICLES: '20' });
  browser = await launchConsoleBrowser();
  admin = await signIn(platform.httpUrl, DEV.admin);
}, 120_000);

afterAll(() => closeConsoleRun(browser, platform), 60_000);

describe('access-control pages in Chromium', () => {
  it('shows a regulator the audit log with its own sign-in, readable labels, filters and paging', async () => {
    // More than a page of entries, so there is something to page to.
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i += 5) {
      await Promise.all(Array.from({ length: 5 }, () => login(platform.httpUrl, DEV.assessor)));
    }
    const accounts = await admin.get<{ items: AccountView[] }>('/api/v1/users');
    const regulatorId = accounts.items.find((a) => a.username === DEV.regulator.username)?.id;
    expect(regulatorId).toBeDefined();

    const { page, apiErrors, offMachineRequests } = await openConsole(browser, platform.httpUrl);
    await signInThroughPage(page, DEV.regulator);
    expect(await page.getByTestId('nav-accounts').count()).toBe(0);
    await page.getByTestId('nav-audit').click();
    await waitForAuditTable(page, AUDIT_PAGE_SIZE);
    expect(page.url()).toMatch(/#\/audit$/);
    expect(await auditRows(page).count()).toBe(AUDIT_PAGE_SIZE);

    const ownLogin = auditRows(page)
      .filter({ has: page.locator(`[data-actor-id="${regulatorId}"]`) })
      .filter({ has: page.locator('[data-action="auth.login"]') });
    expect(await ownLogin.count()).toBeGreaterThanOrEqual(1);
    const ownText = await ownLogin.first().innerText();
    expect(ownText).toContain('登录');
    expect(ownText).toContain('本人');
    expect(ownText).toContain('监管人员');
    expect(await ownLogin.first().locator('[data-outcome]').getAttribute('data-outcome')).toBe('success');
    expect(await ownLogin.first().locator('[data-outcome]').innerText()).toBe('成功');
    await screenshot(page, 'console-audit-log.png');

    await page.getByTestId('audit-load-more').click();
    await waitForAuditTable(page, AUDIT_PAGE_SIZE + 1);
    const keys = await auditRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(new Set(keys).size).toBe(keys.length);
    const ids = keys.map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    await page.getByTestId('audit-filter-action').locator('.ant-select').click();
    await page.getByTestId('audit-action-option-auth.logout').click();
    await waitFor(async () => (await page.getByTestId('audit-table').getAttribute('data-loading')) === 'false', 15_000);
    const actions = await auditRows(page)
      .locator('[data-action]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-action')));
    expect(actions.every((a) => a === 'auth.logout')).toBe(true);
    await page.getByTestId('audit-reset').click();
    await waitForAuditTable(page, AUDIT_PAGE_SIZE);

    await page.getByTestId('language-en').click();
    await waitFor(
      async () =>
        (
          await ownLogin
            .first()
            .innerText()
            .catch(() => '')
        ).includes('Sign in'),
      10_000,
    );
    await page.getByTestId('language-zh-CN').click();

    await page.getByTestId('nav-live').click();
    await page.getByTestId('map').waitFor({ timeout: 30_000 });
    expect(apiErrors).toEqual([]);
    expect(offMachineRequests).toEqual([]);
  }, 120_000);

  it('lets an operator issue a vehicle secret once, which the broker accepts while the old one is refused', async () => {
    const operator = await signIn(platform.httpUrl, DEV.operator01);
    const vehicle = (await operator.get<{ items: VehicleSummary[] }>('/api/v1/vehicles')).items[0];
    if (!vehicle) throw new Error('operator-01 should have a demo vehicle');
    // Before: the demo secret works.
    await (await connectVehicle(platform.mqttUrl, vehicle.id)).endAsync();

    const { page, apiErrors } = await openConsole(browser, platform.httpUrl);
    await signInThroughPage(page, DEV.operator01);
    await waitFor(
      async () => (await consoleHook(page, 'mapLoaded')) === true,
      60_000,
      () => platform.logs(),
    );
    await openVehicle(page, vehicle);
    const panel = page.getByTestId('credentials-panel');
    await waitFor(async () => (await panel.getAttribute('data-active-count').catch(() => null)) === '1', 15_000);

    await page.getByTestId('credentials-issue').click();
    await page.getByTestId('credentials-issue-dialog').waitFor({ timeout: 10_000 });
    await page.getByTestId('credentials-grace-0').click();
    await page.getByTestId('credentials-issue-confirm').click();
    const secretElement = page.getByTestId('credential-secret');
    await secretElement.waitFor({ timeout: 15_000 });
    const secret = (await secretElement.innerText()).trim();
    expect(secret).toMatch(/^vsk_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByTestId('credential-username').innerText()).toContain(vehicle.id);
    expect(await page.getByTestId('credential-secret-warning').innerText()).toContain('只显示这一次');
    await screenshot(page, 'console-credential-secret.png');

    const terminal = await connectVehicle(platform.mqttUrl, vehicle.id, secret);
    expect(terminal.connected).toBe(true);
    await terminal.endAsync();
    await expect(connectVehicle(platform.mqttUrl, vehicle.id)).rejects.toThrow(/bad username or password/i);

    await page.getByTestId('credential-secret-close').click();
    await waitFor(async () => (await secretElement.count()) === 0, 10_000);
    const statuses = async () =>
      (await panel.getByTestId('credential-item').evaluateAll((items) => items.map((i) => i.dataset['status']))).sort();
    await waitFor(async () => (await statuses()).join() === 'active,revoked', 10_000);
    // The list never carries the secret, and nothing on the page shows it any more.
    expect(await page.locator('body').innerText()).not.toContain(secret);

    await page.getByTestId('credentials-revoke-all').click();
    await page.getByTestId('credentials-revoke-all-confirm').click();
    await waitFor(async () => (await panel.getAttribute('data-active-count')) === '0', 10_000);
    await expect(connectVehicle(platform.mqttUrl, vehicle.id, secret)).rejects.toThrow(/bad username or password/i);
    expect(apiErrors).toEqual([]);
  }, 120_000);

  it('lets the admin create an operator account that then signs in, changes its password and can be disabled', async () => {
    const created: ConsoleAccount = { username: 'ops-e2e-02', password: 'e2e-first-password' };
    const { page, apiErrors } = await openConsole(browser, platform.httpUrl);
    await signInThroughPage(page, DEV.admin);
    await page.getByTestId('nav-accounts').click();
    const table = page.getByTestId('accounts-table');
    await waitFor(async () => Number(await table.getAttribute('data-count').catch(() => 0)) >= 4, 15_000);
    expect(await table.innerText()).toContain('监管人员');

    await page.getByTestId('account-create').click();
    await page.getByTestId('account-username').fill(created.username);
    await page.getByTestId('account-display-name').fill('测试主体运营 二号');
    expect(await page.getByTestId('account-enterprise').count()).toBe(0);
    await page.getByTestId('account-role').click();
    await page.getByTestId('account-role-operator').click();
    await page.getByTestId('account-enterprise').fill('ent-demo-02');
    await page.getByTestId('account-password').fill(created.password);
    await page.getByTestId('account-submit').click();
    const row = table
      .locator('tr[data-row-key]')
      .filter({ has: page.locator(`[data-username="${created.username}"]`) });
    await row.waitFor({ timeout: 15_000 });
    expect(await row.innerText()).toContain('运营人员');
    expect(await row.innerText()).toContain('ent-demo-02');
    await screenshot(page, 'console-accounts.png');
    const stored = (await admin.get<{ items: AccountView[] }>('/api/v1/users')).items.find(
      (a) => a.username === created.username,
    );
    expect(stored).toMatchObject({ role: 'operator', enterpriseId: 'ent-demo-02', disabled: false });

    // The new account signs in through the login page and sees its enterprise's vehicles only.
    const ownTab = await openConsole(browser, platform.httpUrl);
    const own = ownTab.page;
    await signInThroughPage(own, created);
    expect(await own.getByTestId('current-user').getAttribute('data-role')).toBe('operator');
    await waitFor(async () => ((await consoleHook(own, 'vehicleCount')) ?? 0) > 0, 60_000);
    const visible = (await consoleHook(own, 'vehicles')) ?? [];
    expect(visible.filter((v) => v.enterpriseId !== 'ent-demo-02')).toEqual([]);

    // It changes its own password from the account menu.
    const newPassword = 'e2e-second-password';
    await own.getByTestId('current-user').click();
    await own.getByTestId('change-password-open').click();
    await own.getByTestId('change-password-current').fill(created.password);
    await own.getByTestId('change-password-new').fill(newPassword);
    await own.getByTestId('change-password-confirm').fill(newPassword);
    await own.getByTestId('change-password-submit').click();
    await waitFor(async () => (await own.getByTestId('change-password-dialog').count()) === 0, 10_000);
    await expect(login(platform.httpUrl, created)).rejects.toThrow(/401/);
    await login(platform.httpUrl, { username: created.username, password: newPassword });
    expect(ownTab.apiErrors).toEqual([]);

    // The admin disables it: signing in is refused from then on.
    await row.getByTestId('account-enabled-switch').click();
    await waitFor(async () => (await row.locator('[data-status]').getAttribute('data-status')) === 'disabled', 10_000);
    await expect(login(platform.httpUrl, { username: created.username, password: newPassword })).rejects.toThrow(/401/);
    expect(apiErrors).toEqual([]);
  }, 150_000);

  it('shows an assessor no audit or accounts pages and no credential controls', async () => {
    const vehicle = (await admin.get<{ items: VehicleSummary[] }>('/api/v1/vehicles')).items[3];
    if (!vehicle) throw new Error('the demo fleet should have vehicles');
    const { page, apiErrors } = await openConsole(browser, platform.httpUrl);
    await signInThroughPage(page, DEV.assessor);
    expect(await page.getByTestId('current-user').getAttribute('data-role')).toBe('assessor');
    expect(await page.getByTestId('nav-alerts').count()).toBe(1);
    expect(await page.getByTestId('nav-audit').count()).toBe(0);
    expect(await page.getByTestId('nav-accounts').count()).toBe(0);

    await waitFor(async () => (await consoleHook(page, 'mapLoaded')) === true, 60_000);
    const panel = await openVehicle(page, vehicle);
    expect(await panel.innerText()).toContain(vehicle.plate);
    expect(await page.getByTestId('credentials-panel').count()).toBe(0);
    expect(await page.getByTestId('credentials-issue').count()).toBe(0);
    expect(await page.getByTestId('credentials-revoke-all').count()).toBe(0);

    // A typed-in link to a page the role does not have shows the map instead.
    await page.evaluate(() => {
      window.location.hash = '#/audit';
    });
    await page.getByTestId('map').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('audit-table').count()).toBe(0);
    expect(apiErrors).toEqual([]);
  }, 120_000);
});
