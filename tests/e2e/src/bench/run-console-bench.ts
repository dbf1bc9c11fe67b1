// `npm run bench:console`: the regulator's console with 10,000 and 20,000 vehicles moving at 1 Hz, in Debian's
// Chromium (headless, software WebGL): main-thread milliseconds per live update, frames drawn, long tasks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { consoleHook, launchConsoleBrowser, openConsole, signInThroughPage } from '../console-session.js';
import { DEV, startPlatform, waitFor } from '@fleet/platform-harness';
import { LoadDriver } from './load-driver-handle.js';
import { round1 } from './process-usage.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const TARGET_MS_PER_UPDATE = 16;

type ConsoleBenchStep = {
  vehicles: number;
  hz: number;
  measuredSeconds: number;
  updatesReceived: number;
  /** JS applying one live update batch to the store (decode is a view over the frame; this is the per-update work). */
  updateApplyMs: number;
  /** JS preparing one vehicle frame (interpolating every vehicle into typed arrays for deck.gl). */
  frameWorkMs: number;
  /** The update plus the frames drawn per update: the console's own main-thread work per live update. */
  consoleMsPerUpdate: number;
  /** All main-thread task time (the above, plus deck.gl/maplibre drawing through software WebGL, React) per update. */
  mainThreadMsPerUpdate: number;
  mainThreadBusyPercent: number;
  scriptMsPerUpdate: number;
  framesPerSecond: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
  meetsTarget: boolean;
};

type LongTaskWindow = { __longTasks?: number[] };

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      vehicles: { type: 'string' },
      seconds: { type: 'string' },
      short: { type: 'boolean' },
      out: { type: 'string' },
    },
  });
  const short = values.short === true;
  const steps = (values.vehicles ?? (short ? '500' : '10000,20000')).split(',').map(Number);
  const seconds = Number(values.seconds ?? (short ? 8 : 30));
  const out = resolve(ROOT, values.out ?? 'bench/results');

  console.log('building the console…');
  const build = spawnSync('npx', ['nx', 'run', 'console:build', '--output-style=stream'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('console build failed');

  const maxVehicles = Math.max(...steps);
  const platform = await startPlatform({ SIMULATOR_VEHICLES: String(maxVehicles), LIVE_TICK_MS: '500' });
  const drivers: LoadDriver[] = [];
  let browser: Browser | undefined;
  const results: ConsoleBenchStep[] = [];
  try {
    browser = await launchConsoleBrowser();
    let fleet = 0;
    for (const vehicles of steps) {
      console.log(`connecting ${vehicles - fleet} more vehicles…`);
      drivers.push(
        await LoadDriver.start({
          mqttUrl: platform.mqttUrl,
          vehicles: vehicles - fleet,
          startOffset: fleet,
          hz: 1,
          connectTimeoutS: 300,
          logLevel: 'warn',
          seed: 1,
        }),
      );
      fleet = vehicles;
      const tab = await openConsole(browser, platform.httpUrl);
      const { page } = tab;
      await page.addInitScript(() => {
        const w = window as unknown as LongTaskWindow;
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks?.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.reload();
      await signInThroughPage(page, DEV.regulator);
      await waitFor(async () => ((await consoleHook(page, 'vehicleCount')) ?? 0) >= vehicles, 120_000);
      await waitFor(async () => ((await consoleHook(page, 'renderedCount')) ?? 0) >= vehicles * 0.9, 120_000);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const metrics = async () => {
        const { metrics: list } = await cdp.send('Performance.getMetrics');
        const of = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
        const hook = page.evaluate(() => {
          const w = window as unknown as LongTaskWindow & {
            __FLEET_CONSOLE__?: {
              updatesReceived(): number;
              framesDrawn(): number;
              updateWorkMs(): number;
              frameWorkMs(): number;
            };
          };
          return {
            updates: w.__FLEET_CONSOLE__?.updatesReceived() ?? 0,
            frames: w.__FLEET_CONSOLE__?.framesDrawn() ?? 0,
            updateWorkMs: w.__FLEET_CONSOLE__?.updateWorkMs() ?? 0,
            frameWorkMs: w.__FLEET_CONSOLE__?.frameWorkMs() ?? 0,
            longTasks: [...(w.__longTasks ?? [])],
          };
        });
        return { atMs: Date.now(), task: of('TaskDuration'), script: of('ScriptDuration'), ...(await hook) };
      };
      console.log(`measuring the console with ${vehicles} vehicles for ${seconds} s…`);
      const start = await metrics();
      await new Promise((r) => setTimeout(r, seconds * 1_000));
      const end = await metrics();
      const dt = (end.atMs - start.atMs) / 1_000;
      const updates = end.updates - start.updates;
      const longTasks = end.longTasks.slice(start.longTasks.length);
      const perUpdate = updates > 0 ? ((end.task - start.task) * 1_000) / updates : Infinity;
      const frames = end.frames - start.frames;
      const updateApplyMs = updates > 0 ? (end.updateWorkMs - start.updateWorkMs) / updates : Infinity;
      const frameWorkMs = frames > 0 ? (end.frameWorkMs - start.frameWorkMs) / frames : 0;
      const consoleMsPerUpdate = updates > 0 ? updateApplyMs + (frames / updates) * frameWorkMs : Infinity;
      results.push({
        vehicles,
        hz: 1,
        measuredSeconds: Math.round(dt),
        updatesReceived: updates,
        updateApplyMs: round1(updateApplyMs),
        frameWorkMs: round1(frameWorkMs),
        consoleMsPerUpdate: round1(consoleMsPerUpdate),
        mainThreadMsPerUpdate: round1(perUpdate),
        mainThreadBusyPercent: round1(((end.task - start.task) / dt) * 100),
        scriptMsPerUpdate: round1(updates > 0 ? ((end.script - start.script) * 1_000) / updates : Infinity),
        framesPerSecond: round1((end.frames - start.frames) / dt),
        longTasks: {
          count: longTasks.length,
          totalMs: Math.round(longTasks.reduce((a, b) => a + b, 0)),
          maxMs: Math.round(Math.max(0, ...longTasks)),
        },
        meetsTarget: consoleMsPerUpdate < TARGET_MS_PER_UPDATE,
      });
      console.log(JSON.stringify(results.at(-1)));
      await page.context().close();
    }
  } finally {
    await browser?.close();
    await Promise.all(drivers.map((d) => d.stop().catch(() => undefined)));
    await platform.stop();
  }
  mkdirSync(out, { recursive: true });
  const file = resolve(out, `console-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ steps: results }, null, 2));
  const columns = [
    'vehicles',
    'updates',
    'apply ms',
    'frame ms',
    'console ms/update',
    'main-thread ms/update',
    'script ms/update',
    'busy %',
    'frames/s',
    'long tasks (max ms)',
    '< 16 ms',
  ];
  console.log(`\n${columns.join('  ')}`);
  for (const r of results) {
    const cells = [
      r.vehicles,
      r.updatesReceived,
      r.updateApplyMs,
      r.frameWorkMs,
      r.consoleMsPerUpdate,
      r.mainThreadMsPerUpdate,
      r.scriptMsPerUpdate,
      r.mainThreadBusyPercent,
      r.framesPerSecond,
      `${r.longTasks.count} (${r.longTasks.maxMs})`,
      r.meetsTarget ? 'yes' : 'NO',
    ];
    console.log(cells.map((c, i) => String(c).padStart(columns[i]?.length ?? 0)).join('  '));
  }
  console.log(`written: ${file}`);
  return 0;
}

process.exitCode = await main();
