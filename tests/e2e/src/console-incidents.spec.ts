import { demoFleet, type DemoVehicle } from '@fleet/demo-fleet';
import type { VehicleEventList, VehicleTrack } from '@fleet/fleet-model';
import { Polyline } from '@fleet/geo';
import type { IncidentSummary } from '@fleet/incidents-model';
import { pilotZoneRoads } from '@fleet/pilot-zone';
import {
  ControlMode,
  encodeVehicleEvent,
  EventKind,
  vehicleTopic,
  type ITelemetrySample,
} from '@fleet/telemetry-contract';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConsoleRun,
  launchConsoleBrowser,
  openConsole,
  screenshot,
  signInThroughPage,
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

const FLEET = demoFleet(20);
const [CAR, BUS] = [FLEET[0]!, FLEET.find((v, i) => i > 0 && v.routeId !== FLEET[0]!.routeId)!];
const CAR_OPERATOR = { username: `operator-${CAR.enterpriseId.slice(-2)}`, password: DEV.operator01.password };
/** Each vehicle drives 120 s at 1 Hz; the bus half a second later, so the two clocks interleave. */
const SECONDS = 120;
const SPEED_MPS = 8;
const BRAKING_AT_S = 40;
const COLLISION_AT_S = 100;

/** `window.__FLEET_REPLAY__` (libs/console/feature-replay/src/state/replay-test-hook.ts). */
type ReplayHook = {
  ready(): boolean;
  timeMs(): number;
  playing(): boolean;
  speed(): number;
  framesDrawn(): number;
  vehicles(): { id: string; present: boolean; lonDeg: number; latDeg: number; speedMps: number }[];
  markers(): { key: string; source: string; kind: string; vehicleId: string; timeMs: number }[];
  trackPoints(): Record<string, number>;
};
type Position = { lonDeg: number; latDeg: number };

let platform: RunningPlatform;
let browser: Browser;
let regulator: ApiSession;
let t0: number;

function replayHook<K extends keyof ReplayHook>(page: Page, name: K): Promise<ReturnType<ReplayHook[K]> | null> {
  type WithHook = { __FLEET_REPLAY__?: ReplayHook };
  return page.evaluate(
    (n) => (window as unknown as WithHook).__FLEET_REPLAY__?.[n]() ?? null,
    name,
  ) as Promise<ReturnType<ReplayHook[K]> | null>;
}

/** Metres between two positions (equirectangular: plenty at these distances). */
function metres(a: Position, b: Position): number {
  const k = 111_320;
  const dx = (a.lonDeg - b.lonDeg) * k * Math.cos((a.latDeg * Math.PI) / 180);
  return Math.hypot(dx, (a.latDeg - b.latDeg) * k);
}

/** The vehicle's position and the replay time on every animation frame for `ms`, read in the page. */
function framesFor(page: Page, vehicleId: string, ms: number): Promise<(Position & { timeMs: number })[]> {
  return page.evaluate(
    ([id, duration]) =>
      new Promise<(Position & { timeMs: number })[]>((resolve) => {
        type WithHook = { __FLEET_REPLAY__?: ReplayHook };
        const hook = (window as unknown as WithHook).__FLEET_REPLAY__;
        const out: (Position & { timeMs: number })[] = [];
        const end = performance.now() + duration;
        const tick = () => {
          const v = hook?.vehicles().find((x) => x.id === id);
          if (v?.present) out.push({ lonDeg: v.lonDeg, latDeg: v.latDeg, timeMs: hook?.timeMs() ?? 0 });
          if (performance.now() < end) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
    [vehicleId, ms] as const,
  );
}

/** Drives one vehicle along its demo road, one sample a second from `startMs`, then reports `events`. */
async function drive(
  vehicle: DemoVehicle,
  startMs: number,
  events: { kind: (typeof EventKind)[keyof typeof EventKind]; atS: number; detail: string }[],
): Promise<void> {
  const road = new Polyline(pilotZoneRoads().find((r) => r.id === vehicle.routeId)!.coordinates);
  const samples: ITelemetrySample[] = Array.from({ length: SECONDS + 1 }, (_, i) => {
    const pose = road.poseAt((i * SPEED_MPS) % road.lengthM);
    return sampleAt(startMs + i * 1_000, {
      lonDeg: pose.position[0],
      latDeg: pose.position[1],
      headingDeg: pose.headingDeg,
      speedMps: SPEED_MPS,
      accelMps2: i === BRAKING_AT_S ? -6 : 0.1,
      controlMode: i < COLLISION_AT_S ? ControlMode.CONTROL_MODE_AUTOMATED : ControlMode.CONTROL_MODE_MINIMAL_RISK,
      safetyOfficerId: `SO-${vehicle.id}`,
    });
  });
  const terminal = await connectVehicle(platform.mqttUrl, vehicle.id);
  let seq = 0;
  for (let i = 0; i < samples.length; i += 100)
    await terminal.publishAsync(
      vehicleTopic(vehicle.id, 'telemetry'),
      telemetryFrame(vehicle.id, ++seq, samples.slice(i, i + 100)),
      { qos: 1 },
    );
  for (const [n, e] of events.entries()) {
    const at = samples[e.atS]!;
    await terminal.publishAsync(
      vehicleTopic(vehicle.id, 'events'),
      Buffer.from(
        encodeVehicleEvent({
          vehicleId: vehicle.id,
          seq: n + 1,
          timeUnixMs: at.timeUnixMs,
          kind: e.kind,
          latDeg: at.latDeg,
          lonDeg: at.lonDeg,
          speedMps: SPEED_MPS,
          controlMode: ControlMode.CONTROL_MODE_AUTOMATED,
          detail: e.detail,
        }),
      ),
      { qos: 1 },
    );
  }
  await terminal.endAsync();
}

const iso = (ms: number) => new Date(ms).toISOString();

async function waitForReplay(page: Page): Promise<void> {
  await waitFor(
    async () => (await replayHook(page, 'ready')) === true,
    60_000,
    () => platform.logs(),
  );
}

beforeAll(async () => {
  platform = await startPlatform({
    SIMULATOR_VEHICLES: String(FLEET.length),
    // 90 s before the collision as the rules want, 2 s after, and quick capture checks: the test need not wait.
    INCIDENT_SETTINGS: JSON.stringify({
      windows: { collision: { afterMs: 2_000 } },
      captureGraceMs: 300,
      captureCheckMs: 500,
    }),
  });
  browser = await launchConsoleBrowser();
  regulator = await signIn(platform.httpUrl, DEV.regulator);
  t0 = Math.floor((Date.now() - (SECONDS + 15) * 1_000) / 1_000) * 1_000;
  await drive(CAR, t0, [
    { kind: EventKind.EVENT_KIND_EMERGENCY_BRAKING, atS: BRAKING_AT_S, detail: 'pedestrian stepped out' },
    { kind: EventKind.EVENT_KIND_COLLISION, atS: COLLISION_AT_S, detail: 'rear-ended at a crossing' },
  ]);
  await drive(BUS, t0 + 500, []);
  // The ingest acknowledges after commit; waiting still tolerates a batch that is being flushed.
  let deadLetters = '';
  for (const v of [CAR, BUS]) {
    const path = `/api/v1/vehicles/${v.id}/track?from=${iso(t0 - 1_000)}&to=${iso(t0 + (SECONDS + 2) * 1_000)}`;
    await waitFor(
      async () => (await regulator.get<VehicleTrack>(path)).points.length === SECONDS + 1,
      20_000,
      () => `${deadLetters}\n${platform.logs()}`,
    ).catch(async (error: unknown) => {
      deadLetters = JSON.stringify(await regulator.get('/api/v1/dead-letters?limit=5'));
      throw new Error(`${String(error)}\ndead letters: ${deadLetters}`);
    });
  }
}, 180_000);

afterAll(() => closeConsoleRun(browser, platform), 60_000);

describe('replay of vehicle history in the console (Chromium)', () => {
  it('plays two vehicles on one clock with smooth motion, speeds, stepping, scrubbing and the event marks', async () => {
    const tab = await openConsole(browser, platform.httpUrl);
    const page = tab.page;
    await signInThroughPage(page, DEV.regulator);
    const [from, to] = [t0 - 5_000, t0 + (SECONDS + 5) * 1_000];
    await page.evaluate(
      (hash) => (window.location.hash = hash),
      `#/replay?vehicles=${CAR.id},${BUS.id}&from=${iso(from)}&to=${iso(to)}`,
    );
    await waitForReplay(page);
    expect(await replayHook(page, 'trackPoints')).toEqual({ [CAR.id]: SECONDS + 1, [BUS.id]: SECONDS + 1 });

    // The events endpoint's marks are on the timeline, at their times.
    const braking = page.locator('[data-testid="timeline-marker"][data-source="event"][data-kind="emergency_braking"]');
    expect(await braking.count()).toBe(1);
    // The rules raised an alert from the same event: it is marked too, as an alert.
    const brakingAlert = page.locator(
      '[data-testid="timeline-marker"][data-source="alert"][data-kind="emergency_braking"]',
    );
    expect(await brakingAlert.count()).toBe(1);
    expect(Number(await braking.getAttribute('data-time-ms'))).toBe(t0 + BRAKING_AT_S * 1_000);
    expect(await braking.getAttribute('data-vehicle-id')).toBe(CAR.id);
    expect(
      await page.locator('[data-testid="timeline-marker"][data-source="event"][data-kind="collision"]').count(),
    ).toBe(1);

    // Paused at the start, before the first sample: nobody is drawn yet.
    expect(await replayHook(page, 'timeMs')).toBe(from);
    expect((await replayHook(page, 'vehicles'))?.every((v) => !v.present)).toBe(true);

    // 1×: within two seconds the car crosses at most three samples but is drawn at many places in between.
    await page.getByTestId('replay-play').click();
    await waitFor(async () => (await replayHook(page, 'vehicles'))?.[0]?.present === true, 15_000);
    const frames = await framesFor(page, CAR.id, 2_000);
    const distinct = new Set(frames.map((f) => `${f.lonDeg.toFixed(7)},${f.latDeg.toFixed(7)}`));
    expect(distinct.size).toBeGreaterThanOrEqual(5);
    const travelled = metres(frames[0]!, frames[frames.length - 1]!);
    expect(travelled).toBeGreaterThan(1);
    expect(travelled).toBeLessThan(SPEED_MPS * 4);

    // 16×: the clock runs sixteen times faster, and both vehicles move.
    await page.getByTestId('replay-speed-16').click();
    const before = await replayHook(page, 'vehicles');
    const fast = await framesFor(page, BUS.id, 1_000);
    const rate = (fast[fast.length - 1]!.timeMs - fast[0]!.timeMs) / 1_000;
    expect(rate).toBeGreaterThan(8);
    const after = await replayHook(page, 'vehicles');
    for (const i of [0, 1]) expect(metres(before![i]!, after![i]!)).toBeGreaterThan(SPEED_MPS * 4);
    expect(await replayHook(page, 'speed')).toBe(16);

    // Pause, then step: the clock lands on the next sample of either vehicle (they interleave by 500 ms).
    await page.getByTestId('replay-play').click();
    await waitFor(async () => (await replayHook(page, 'playing')) === false, 5_000);
    const pausedAt = (await replayHook(page, 'timeMs'))!;
    await page.getByTestId('replay-step-forward').click();
    const next = Math.min(
      t0 + Math.floor((pausedAt - t0) / 1_000 + 1) * 1_000,
      t0 + 500 + Math.floor((pausedAt - t0 - 500) / 1_000 + 1) * 1_000,
    );
    await waitFor(async () => (await replayHook(page, 'timeMs')) === next, 5_000);
    await page.getByTestId('replay-step-back').click();
    await waitFor(async () => ((await replayHook(page, 'timeMs')) ?? next) < next, 5_000);

    // Scrubbing: a click in the middle of the bar moves the clock (and the cars) to the middle of the range.
    const track = page.getByTestId('replay-timeline-track');
    const box = (await track.boundingBox())!;
    await track.click({ position: { x: box.width / 2, y: box.height - 3 } });
    await waitFor(
      async () => Math.abs((await replayHook(page, 'timeMs'))! - (from + to) / 2) < (to - from) * 0.02,
      5_000,
    );
    // A mark moves the clock to its event.
    await braking.dispatchEvent('pointerdown');
    await waitFor(async () => (await replayHook(page, 'timeMs')) === t0 + BRAKING_AT_S * 1_000, 5_000);
    expect(await page.getByTestId('replay-value-speed').innerText()).toBe((SPEED_MPS * 3.6).toFixed(1));
    expect(await page.getByTestId('replay-value-accel').innerText()).toBe('-6.00');
    expect(await page.getByTestId('replay-charts').getAttribute('data-vehicle-id')).toBe(CAR.id);
    await screenshot(page, 'console-replay.png');

    // Any point of a history can become an incident: here, the braking.
    await page.getByTestId('replay-follow').click();
    await page.locator('.ant-select-item-option').filter({ hasText: CAR.plate }).click();
    await page.getByTestId('replay-report').click();
    await page.getByTestId('replay-report-confirm').click();
    await waitFor(() => /#\/incidents\/\d+$/.test(page.url()), 10_000);
    const detail = page.getByTestId('incident-detail');
    await detail.waitFor({ timeout: 15_000 });
    expect(await detail.getByTestId('incident-kind').getAttribute('data-kind')).toBe('manual');
    const opened = (await regulator.get<{ items: IncidentSummary[] }>(`/api/v1/incidents?vehicleId=${CAR.id}`)).items;
    expect(opened.find((i) => i.kind === 'manual')?.time).toBe(iso(t0 + BRAKING_AT_S * 1_000));
    expect(tab.apiErrors).toEqual([]);
    expect(tab.offMachineRequests).toEqual([]);
  }, 120_000);

  it("serves a vehicle's events for the timeline, in the caller's scope only", async () => {
    const range = `from=${iso(t0)}&to=${iso(t0 + SECONDS * 1_000)}`;
    const events = await regulator.get<VehicleEventList>(`/api/v1/vehicles/${CAR.id}/events?${range}`);
    expect(events.items.map((e) => [e.kind, e.timeMs, e.detail])).toEqual([
      ['emergency_braking', t0 + BRAKING_AT_S * 1_000, 'pedestrian stepped out'],
      ['collision', t0 + COLLISION_AT_S * 1_000, 'rear-ended at a crossing'],
    ]);
    expect(events.truncated).toBe(false);
    const own = await signIn(platform.httpUrl, CAR_OPERATOR);
    expect((await own.get<VehicleEventList>(`/api/v1/vehicles/${CAR.id}/events?${range}`)).items).toHaveLength(2);
    const other = FLEET.find((v) => v.enterpriseId !== CAR.enterpriseId)!;
    const stranger = await signIn(platform.httpUrl, {
      username: `operator-${other.enterpriseId.slice(-2)}`,
      password: DEV.operator01.password,
    });
    expect((await stranger.fetch(`/api/v1/vehicles/${CAR.id}/events?${range}`)).status).toBe(404);
    expect((await regulator.fetch(`/api/v1/vehicles/${CAR.id}/events?from=${iso(t0)}&to=${iso(t0)}`)).status).toBe(400);
  });

  it('opens the last hour of a vehicle from its panel on the live map', async () => {
    const tab = await openConsole(browser, platform.httpUrl);
    const page = tab.page;
    await signInThroughPage(page, DEV.regulator);
    await page.getByTestId('map').waitFor({ timeout: 30_000 });
    await page.getByTestId('vehicle-search').locator('input').fill(CAR.plate);
    await page.getByTestId('vehicle-search').locator('input').press('Enter');
    const detail = page.getByTestId('vehicle-detail');
    await waitFor(async () => (await detail.getAttribute('data-vehicle-id').catch(() => null)) === CAR.id, 30_000);
    await detail.getByTestId('vehicle-replay').click();
    await waitForReplay(page);
    expect(page.url()).toContain(`#/replay?vehicles=${CAR.id}&`);
    expect(await replayHook(page, 'trackPoints')).toEqual({ [CAR.id]: SECONDS + 1 });
    expect(tab.apiErrors).toEqual([]);
  }, 90_000);
});

describe('an incident in the console (Chromium)', () => {
  it('lists the collision opened over MQTT, shows its locked evidence, and replays its window with the event marked', async () => {
    // Opened automatically from the collision event the car sent (not by hand).
    let incident: IncidentSummary | undefined;
    await waitFor(async () => {
      const items = (await regulator.get<{ items: IncidentSummary[] }>(`/api/v1/incidents?vehicleId=${CAR.id}`)).items;
      incident = items.find((i) => i.kind === 'collision');
      return incident?.evidenceState === 'locked';
    }, 30_000);
    const id = incident!.id;

    const tab = await openConsole(browser, platform.httpUrl);
    const page = tab.page;
    await signInThroughPage(page, CAR_OPERATOR);
    await page.getByTestId('nav-incidents').click();
    const table = page.getByTestId('incidents-table');
    await waitFor(async () => (await table.getAttribute('data-loading').catch(() => null)) === 'false', 15_000);
    const row = table.locator(`tr[data-row-key="${id}"]`);
    expect(await row.getByTestId('incident-kind').innerText()).toBe('碰撞');
    expect(await row.getByTestId('incident-status').innerText()).toBe('待处理');
    expect(await row.locator('[data-testid="incident-deadline"][data-kind="initial_notice"]').innerText()).toMatch(
      /^初报：剩余 2[34] 小时/,
    );
    expect(await row.getAttribute('data-overdue')).toBe('false');

    await row.getByTestId('incident-link').click();
    const detail = page.getByTestId('incident-detail');
    await detail.waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(new RegExp(`#/incidents/${id}$`));
    expect(await detail.getByTestId('incident-evidence-state').first().getAttribute('data-state')).toBe('locked');
    expect(Number(await detail.getByTestId('evidence-sample-count').innerText())).toBeGreaterThanOrEqual(90);
    expect(Number(await detail.getByTestId('evidence-event-count').innerText())).toBeGreaterThanOrEqual(1);
    await detail.getByTestId('evidence-verify').click();
    const verified = detail.getByTestId('evidence-verify-result');
    await verified.waitFor({ timeout: 15_000 });
    expect(await verified.getAttribute('data-valid')).toBe('true');

    // An attachment: uploaded from the page, hashed by the platform, downloaded back unchanged.
    const photo = Buffer.from(Array.from({ length: 3_000 }, (_, i) => (i * 7) % 256));
    const sha256 = createHash('sha256').update(photo).digest('hex');
    await detail
      .getByTestId('attachment-input')
      .setInputFiles({ name: '现场照片.jpg', mimeType: 'image/jpeg', buffer: photo });
    const attachment = detail.locator(`[data-testid="incident-attachment"][data-sha256="${sha256}"]`);
    await attachment.waitFor({ timeout: 15_000 });
    expect(await attachment.innerText()).toContain('现场照片.jpg');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      attachment.getByTestId('attachment-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('现场照片.jpg');
    expect(
      createHash('sha256')
        .update(readFileSync(await download.path()))
        .digest('hex'),
    ).toBe(sha256);

    // The operator drafts and submits; it has no regulator's step.
    expect(await detail.getByTestId('incident-step-close').count()).toBe(0);

    // The replay of the evidence window, with the incident and the collision event on its timeline.
    await waitForReplay(page);
    const collisionMs = t0 + COLLISION_AT_S * 1_000;
    const markers = (await replayHook(page, 'markers'))!;
    expect(markers).toContainEqual(
      expect.objectContaining({ source: 'incident', kind: 'collision', vehicleId: CAR.id, timeMs: collisionMs }),
    );
    expect(markers).toContainEqual(
      expect.objectContaining({ source: 'event', kind: 'collision', timeMs: collisionMs }),
    );
    expect(await detail.locator('[data-testid="timeline-marker"][data-source="incident"]').count()).toBe(1);
    await detail.getByTestId('replay-speed-8').click();
    await detail.getByTestId('replay-play').click();
    await waitFor(async () => (await replayHook(page, 'vehicles'))?.[0]?.present === true, 15_000);
    const start = (await replayHook(page, 'vehicles'))![0]!;
    await waitFor(async () => metres(start, (await replayHook(page, 'vehicles'))![0]!) > SPEED_MPS * 5, 15_000);
    await screenshot(page, 'console-incident.png');

    // The report, then submission: the status and the initial-notice clock follow.
    await detail.getByTestId('report-place').fill('安亭镇墨玉路与安拓路路口');
    await detail.getByTestId('report-narrative').fill('前车急停，本车自动驾驶状态下追尾。');
    await detail.getByTestId('report-save').click();
    await waitFor(async () => (await detail.getByTestId('incident-history').innerText()).includes('编辑报告'), 10_000);
    await detail.getByTestId('incident-step-submit').click();
    await page.getByTestId('incident-step-note').fill('初报');
    await page.getByTestId('incident-step-confirm').click();
    await waitFor(async () => (await detail.getAttribute('data-status')) === 'submitted', 10_000);
    expect(
      await detail.locator('[data-testid="incident-deadline"][data-kind="initial_notice"]').getAttribute('data-state'),
    ).toBe('met');
    expect(await detail.getByTestId('incident-steps').count()).toBe(0);

    // 打印报告 prints only the report.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('incident-print').isVisible()).toBe(true);
    expect(await page.getByTestId('incident-print').innerText()).toContain('安亭镇墨玉路与安拓路路口');
    expect(await detail.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(tab.apiErrors).toEqual([]);
    expect(tab.offMachineRequests).toEqual([]);

    // The regulator signs off: it has review, return and close, and no drafting step.
    const regulatorTab = await openConsole(browser, platform.httpUrl);
    const reg = regulatorTab.page;
    await signInThroughPage(reg, DEV.regulator);
    await reg.evaluate((hash) => (window.location.hash = hash), `#/incidents/${id}`);
    const regDetail = reg.getByTestId('incident-detail');
    await regDetail.waitFor({ timeout: 15_000 });
    expect(await regDetail.getByTestId('incident-step-submit').count()).toBe(0);
    expect(await regDetail.getByTestId('report-save').count()).toBe(0);
    await regDetail.getByTestId('incident-step-close').click();
    await reg.getByTestId('incident-step-note').fill('报告完整，同意结案');
    await reg.getByTestId('incident-step-confirm').click();
    await waitFor(async () => (await regDetail.getAttribute('data-status')) === 'closed', 10_000);
    expect(await regDetail.getByTestId('incident-history').innerText()).toContain('报告完整，同意结案');
    expect(regulatorTab.apiErrors).toEqual([]);
  }, 150_000);
});
