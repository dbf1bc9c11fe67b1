import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { removeDataDir, type RunningPlatform } from '@fleet/platform-harness';

/** A person's account, as the login page asks for it. */
export type ConsoleAccount = { username: string; password: string };

/** `window.__FLEET_CONSOLE__`, installed by the live map while signed in (apps/console/README.md, "Test hook"). */
export type ConsoleHooks = {
  vehicleCount(): number;
  renderedCount(): number;
  mapLoaded(): boolean;
  updatesReceived(): number;
  vehicles(): { id: string; enterpriseId: string }[];
  alertCount(): number;
  zoneFeatureCount(): number;
};

/** A refused call to the API as the page saw it. */
export type ApiFailure = { method: string; status: number; path: string };

/** A console tab and what its traffic showed so far; the lists fill while the page runs. */
export type ConsoleTab = {
  page: Page;
  /** `METHOD status path` of each refused API call that was not allowed. */
  apiErrors: string[];
  /** Requests that left this machine: the console must work on a closed network. */
  offMachineRequests: string[];
};

const OUTPUT = resolve(import.meta.dirname, '../../../test-output');
const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];

/** Debian's Chromium, headless, with nothing that phones home. */
export function launchConsoleBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

/** Ends a console spec's run: the browser (with every tab it opened), then the platform and its data. */
export async function closeConsoleRun(
  browser: Browser | undefined,
  platform: RunningPlatform | undefined,
): Promise<void> {
  await browser?.close();
  await platform?.stop();
  if (platform) removeDataDir(platform.dataDir);
}

/**
 * Records every API call answered with a status of 400 or more that `allow` does not expect. A refused login is
 * always allowed (the user's mistake); any other refusal means the console sent a bad or stale call.
 */
export function watchApiErrors(page: Page, allow: (failure: ApiFailure) => boolean = () => false): string[] {
  const errors: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/api/v1/') || path === '/api/v1/auth/login' || response.status() < 400) return;
    const failure = { method: response.request().method(), status: response.status(), path };
    if (!allow(failure)) errors.push(`${failure.method} ${failure.status} ${failure.path}`);
  });
  return errors;
}

function watchOffMachineRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!LOCAL_HOSTS.includes(new URL(url).hostname)) requests.push(url);
  });
  return requests;
}

/**
 * A fresh browser context (its own sessionStorage, so its own sign-in) on the console's login page, with the
 * traffic watched from the first request.
 */
export async function openConsole(
  browser: Browser,
  httpUrl: string,
  allowApiError?: (failure: ApiFailure) => boolean,
): Promise<ConsoleTab> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const tab = {
    page,
    apiErrors: watchApiErrors(page, allowApiError),
    offMachineRequests: watchOffMachineRequests(page),
  };
  await page.goto(httpUrl);
  await page.getByTestId('login-username').waitFor({ timeout: 30_000 });
  return tab;
}

/** Fills the login page and submits, without waiting for the answer (which may be a refusal). */
export async function submitLogin(page: Page, account: ConsoleAccount): Promise<void> {
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
}

/** Signs in through the login page and waits for the signed-in header. */
export async function signInThroughPage(page: Page, account: ConsoleAccount): Promise<void> {
  await submitLogin(page, account);
  await page.getByTestId('current-user').waitFor({ timeout: 30_000 });
}

/** One of the test hook's numbers; null while the hook is not installed (signed out, or not on the map). */
export function consoleHook<K extends keyof ConsoleHooks>(
  page: Page,
  name: K,
): Promise<ReturnType<ConsoleHooks[K]> | null> {
  type WithHooks = { __FLEET_CONSOLE__?: ConsoleHooks };
  return page.evaluate(
    (n) => (window as unknown as WithHooks).__FLEET_CONSOLE__?.[n]() ?? null,
    name,
  ) as Promise<ReturnType<ConsoleHooks[K]> | null>;
}

/** Saves a screenshot to `test-output/` for people to look at (never compared). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: resolve(OUTPUT, name), animations: 'disabled' });
}
