// `npm run bench`: how many vehicles one machine carries, and how fast the regulator sees them (README, "Benchmark").
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { loadPlatformConfig } from '@fleet/config';
import { demoVehicle } from '@fleet/demo-fleet';
import { PILOT_ZONE_CENTER } from '@fleet/pilot-zone';
import {
  type ApiSession,
  connectVehicle,
  DEV,
  histogramQuantile,
  type MetricValues,
  parsePrometheusText,
  type RunningPlatform,
  signIn,
  startPlatform,
  total,
  waitFor,
} from '@fleet/platform-harness';
import { AlertProbe } from './alert-probe.js';
import { BENCH_USAGE, parseBenchArgs, type BenchOptions } from './bench-options.js';
import { formatBenchTable } from './bench-report.js';
import type { BenchStep } from './bench-step.js';
import { preloadHistory } from './history-preload.js';
import { LiveProbe } from './live-probe.js';
import { LoadDriver } from './load-driver-handle.js';
import { childPids, ProcessUsageMeter } from './process-usage.js';
import { timeQueries } from './query-probe.js';

const ROOT = resolve(import.meta.dirname, '../../../..');
const TARGET_P99_MS = 1_000;
const TARGET_PLATFORM_RSS_MB = 2_048;
const TARGET_DAY_TRACK_MS = 200;
/** A step keeps up when it commits at least this share of what was offered. */
const KEEP_UP_SHARE = 0.95;
const DRAIN_TIMEOUT_MS = 120_000;
/** Access tokens last 15 minutes; sign in again well before. */
const RELOGIN_EVERY_MS = 10 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function scrape(platform: RunningPlatform): Promise<MetricValues> {
  return parsePrometheusText(await (await fetch(`${platform.httpUrl}/metrics`)).text());
}

/** Samples stored as new rows and samples recognised as already stored, so far. */
function sampleCounters(m: MetricValues) {
  return {
    stored: total(m, 'ingest_samples_stored_total'),
    duplicate: total(m, 'ingest_samples_duplicate_total'),
    queue: total(m, 'ingest_queue_samples'),
    messages: total(m, 'ingest_messages_total', 'channel="telemetry"'),
  };
}

async function publishedSamples(drivers: LoadDriver[], probe: AlertProbe) {
  const all = await Promise.all(drivers.map((d) => d.stats()));
  return {
    samples: all.reduce((n, s) => n + s.samplesPublished, probe.samplesSent),
    outstanding: all.reduce((n, s) => n + s.messagesPublished + s.eventsPublished - s.acked - s.publishErrors, 0),
  };
}

export async function runBench(options: BenchOptions, platformLogFile: string): Promise<BenchStep[]> {
  const config = loadPlatformConfig({});
  const maxVehicles = Math.max(...options.vehicles);
  // Two demo vehicles beyond the load generators' range: one carries a day of history, one raises alerts.
  const historyVehicle = demoVehicle(maxVehicles).id;
  const alertVehicle = demoVehicle(maxVehicles + 1).id;
  console.log(`starting the platform with ${maxVehicles + 2} registered vehicles…`);
  const platform = await startPlatform({
    LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    SIMULATOR_VEHICLES: String(maxVehicles + 2),
    // The product's defaults, not the quicker ones the end-to-end tests use.
    LIVE_TICK_MS: process.env['LIVE_TICK_MS'] ?? String(config.live.tickMs),
    INGEST_BATCH_MAX_WAIT_MS: process.env['INGEST_BATCH_MAX_WAIT_MS'] ?? String(config.ingest.batchMaxWaitMs),
  });
  let finished = false;
  // Kept current on disk, so that whatever ends the platform, its last words are there to read.
  const saveLogs = setInterval(() => writeFileSync(platformLogFile, platform.logs()), 5_000);
  void platform.exited.then(() => {
    clearInterval(saveLogs);
    writeFileSync(platformLogFile, platform.logs());
    if (finished) return;
    // A crashed platform is a result too: keep its last words and end the run instead of waiting on it.
    writeFileSync(platformLogFile, platform.logs());
    console.error(`the platform exited during the run; its output: ${platformLogFile}`);
    process.exit(1);
  });
  const drivers: LoadDriver[] = [];
  // Interrupted: take the platform down too (its embedded database with it) instead of leaving it running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void platform.stop().finally(() => process.exit(130)));
  }
  const live = new LiveProbe(platform.httpUrl, async () => (await session()).tokens.accessToken);
  let api: ApiSession = await signIn(platform.httpUrl, DEV.regulator);
  let signedInAtMs = Date.now();
  const session = async () => {
    if (Date.now() - signedInAtMs > RELOGIN_EVERY_MS) {
      api = await signIn(platform.httpUrl, DEV.regulator);
      signedInAtMs = Date.now();
    }
    return api;
  };
  const probeClients = await Promise.all([
    connectVehicle(platform.mqttUrl, historyVehicle),
    connectVehicle(platform.mqttUrl, alertVehicle),
  ]);
  const [historyClient, alertClient] = probeClients;
  const steps: BenchStep[] = [];
  try {
    const centre = { latDeg: PILOT_ZONE_CENTER[1], lonDeg: PILOT_ZONE_CENTER[0] };
    console.log(`loading ${options.historyHours} h of 1 Hz history for ${historyVehicle}…`);
    const historySamples = await preloadHistory(historyClient, historyVehicle, centre, options.historyHours);
    await waitFor(async () => sampleCounters(await scrape(platform)).stored >= historySamples, 120_000);
    const snapshotVehicles = await live.connect();
    console.log(`regulator socket connected: snapshot of ${snapshotVehicles} vehicles`);
    const alertProbe = new AlertProbe(alertClient, alertVehicle, live, centre);
    const nowIso = () => new Date().toISOString();
    const queries = () => [
      { name: 'live snapshot (all vehicles)', path: '/api/v1/vehicles' },
      {
        name: `track of one vehicle (${options.historyHours} h, downsampled)`,
        path: `/api/v1/vehicles/${historyVehicle}/track?from=${new Date(Date.now() - options.historyHours * 3_600_000 - 120_000).toISOString()}&to=${nowIso()}`,
      },
      {
        name: '30-day dashboard',
        path: `/api/v1/reports/dashboard?from=${new Date(Date.now() - 30 * 86_400_000).toISOString()}&to=${nowIso()}`,
      },
      { name: 'alert list', path: '/api/v1/alerts?limit=200' },
    ];

    let fleet = 0;
    for (const vehicles of options.vehicles) {
      if (vehicles > fleet) {
        console.log(`connecting ${vehicles - fleet} more vehicles…`);
        const driver = await LoadDriver.start({
          mqttUrl: platform.mqttUrl,
          vehicles: vehicles - fleet,
          startOffset: fleet,
          hz: options.hz,
          samplesPerMessage: options.samplesPerMessage,
          qos: options.qos,
          connectTimeoutS: 300,
          logLevel: 'warn',
          seed: 1,
          // A step counts what the platform carries: samples a vehicle could not send are not re-sent later.
          offlineBufferS: 0,
        });
        driver.pause();
        drivers.push(driver);
        fleet = vehicles;
      }
      const processes = [
        { name: 'platform (api + ingest + broker)', pid: platform.pid },
        ...childPids(platform.pid).map((pid) => ({ name: 'database', pid })),
        ...drivers.map((d, i) => ({ name: `load generator ${i + 1}`, pid: d.pid })),
        { name: 'bench (socket client)', pid: process.pid },
      ];
      const before = {
        published: await publishedSamples(drivers, alertProbe),
        metrics: sampleCounters(await scrape(platform)),
      };
      console.log(`step: ${vehicles} vehicles at ${options.hz} Hz for ${options.warmupS} + ${options.stepS} s…`);
      drivers.forEach((d) => d.resume());
      alertProbe.start();
      await sleep(options.warmupS * 1_000);
      live.toConsole.drain();
      alertProbe.toAlert.drain();
      const missedBefore = alertProbe.missed;
      const windowStart = {
        metrics: await scrape(platform),
        published: await publishedSamples(drivers, alertProbe),
        atMs: Date.now(),
      };
      const usage = new ProcessUsageMeter(processes);
      const rssTimer = setInterval(() => usage.sample(), 1_000);
      await sleep((options.stepS * 1_000) / 2);
      const queryTimes = await timeQueries(() => api, queries());
      await sleep(Math.max(0, windowStart.atMs + options.stepS * 1_000 - Date.now()));
      const windowEnd = {
        metrics: await scrape(platform),
        published: await publishedSamples(drivers, alertProbe),
        atMs: Date.now(),
      };
      clearInterval(rssTimer);
      const processUsage = usage.take();
      const toConsole = live.toConsole.drain();
      const toAlert = alertProbe.toAlert.drain();
      drivers.forEach((d) => d.pause());
      alertProbe.stop();

      // Drain: every publish acknowledged and the ingest's queue empty and every published sample accounted for.
      await waitFor(async () => {
        const p = await publishedSamples(drivers, alertProbe);
        const m = sampleCounters(await scrape(platform));
        return (
          p.outstanding <= 0 &&
          m.queue === 0 &&
          m.stored - before.metrics.stored >= p.samples - before.published.samples
        );
      }, DRAIN_TIMEOUT_MS).catch(async () => {
        console.log('  (the platform did not drain within 2 minutes: counting what arrived)');
        console.log(`  ${await drainState(platform, drivers, alertProbe, before)}`);
      });
      const after = {
        published: await publishedSamples(drivers, alertProbe),
        metrics: sampleCounters(await scrape(platform)),
      };

      const seconds = (windowEnd.atMs - windowStart.atMs) / 1_000;
      const start = sampleCounters(windowStart.metrics);
      const end = sampleCounters(windowEnd.metrics);
      const publishedInStep = after.published.samples - before.published.samples;
      const storedInStep = after.metrics.stored - before.metrics.stored;
      const q = (x: number) => {
        const v = histogramQuantile(windowStart.metrics, windowEnd.metrics, 'ingest_sample_commit_lag_seconds', x);
        return v === undefined ? null : Math.round(v * 1_000);
      };
      const step: BenchStep = {
        vehicles,
        hz: options.hz,
        samplesPerMessage: options.samplesPerMessage,
        qos: options.qos,
        measuredSeconds: Math.round(seconds),
        offeredPerSecond: Math.round(vehicles * options.hz * options.samplesPerMessage),
        publishedPerSecond: Math.round((windowEnd.published.samples - windowStart.published.samples) / seconds),
        samplesPerSecond: Math.round((end.stored - start.stored) / seconds),
        messagesPerSecond: Math.round((end.messages - start.messages) / seconds),
        lost: Math.max(0, publishedInStep - storedInStep),
        duplicated: Math.max(0, storedInStep - publishedInStep),
        redeliveriesCollapsed: after.metrics.duplicate - before.metrics.duplicate,
        p50PublishToCommitMs: q(0.5),
        p95PublishToCommitMs: q(0.95),
        p99PublishToCommitMs: q(0.99),
        publishToConsole: toConsole,
        p99PublishToConsoleMs: toConsole.p99,
        publishToAlert: { ...toAlert, missed: alertProbe.missed - missedBefore },
        queries: queryTimes,
        processes: processUsage,
        keptUp: false,
        problems: [],
      };
      step.problems = targetsMissed(step);
      step.keptUp = step.problems.length === 0;
      steps.push(step);
      console.log(formatBenchTable([step]));
      if (!step.keptUp && !options.allSteps) {
        console.log('the platform fell behind: stopping the step-up here');
        break;
      }
    }
  } finally {
    finished = true;
    live.close();
    await Promise.all(drivers.map((d) => d.stop().catch(() => undefined)));
    // Forced: a broker that is gone would leave a polite disconnect waiting for ever.
    for (const c of probeClients) c.end(true);
    await platform.stop();
  }
  return steps;
}

/** What a drain that never finished was still waiting for, so that a stall can be told from a loss. */
async function drainState(
  platform: RunningPlatform,
  drivers: LoadDriver[],
  probe: AlertProbe,
  before: { published: { samples: number }; metrics: { stored: number } },
): Promise<string> {
  const p = await publishedSamples(drivers, probe);
  const m = await scrape(platform);
  const c = sampleCounters(m);
  return [
    `publishes unacknowledged by the broker ${p.outstanding}`,
    `samples queued in the ingest ${c.queue}`,
    `published but not stored ${p.samples - before.published.samples - (c.stored - before.metrics.stored)}`,
    `held unacknowledged by the ingest ${total(m, 'ingest_unacknowledged_messages')}`,
    `ingest connected ${total(m, 'ingest_mqtt_connected')}`,
    `flush failures ${total(m, 'ingest_flush_failures_total')}`,
    `dead-lettered ${total(m, 'ingest_rejected_messages_total')}`,
  ].join(', ');
}

function targetsMissed(s: BenchStep): string[] {
  const problems: string[] = [];
  if (s.samplesPerSecond < KEEP_UP_SHARE * s.offeredPerSecond) {
    problems.push(`committed ${s.samplesPerSecond}/s < ${KEEP_UP_SHARE * 100} % of ${s.offeredPerSecond}/s offered`);
  }
  if (s.lost > 0) problems.push(`${s.lost} samples lost`);
  if (s.duplicated > 0) problems.push(`${s.duplicated} samples duplicated`);
  if (s.p99PublishToCommitMs === null || s.p99PublishToCommitMs >= TARGET_P99_MS) {
    problems.push(`p99 publish→commit ${s.p99PublishToCommitMs} ms ≥ ${TARGET_P99_MS}`);
  }
  if (s.p99PublishToConsoleMs === null || s.p99PublishToConsoleMs >= TARGET_P99_MS) {
    problems.push(`p99 publish→console ${s.p99PublishToConsoleMs} ms ≥ ${TARGET_P99_MS}`);
  }
  const platformRss = s.processes.find((p) => p.name.startsWith('platform'))?.rssMb ?? 0;
  if (platformRss >= TARGET_PLATFORM_RSS_MB)
    problems.push(`platform RSS ${platformRss} MB ≥ ${TARGET_PLATFORM_RSS_MB}`);
  const track = s.queries.find((q) => q.name.startsWith('track'));
  if (track && track.medianMs >= TARGET_DAY_TRACK_MS) {
    problems.push(`track query ${track.medianMs} ms ≥ ${TARGET_DAY_TRACK_MS}`);
  }
  return problems;
}

async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(BENCH_USAGE);
    return 0;
  }
  const startedAt = new Date();
  const dir = resolve(ROOT, options.out);
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const steps = await runBench(options, resolve(dir, `${stamp}-platform.log`));
  const file = resolve(dir, `${stamp}.json`);
  const parts = {
    mqtt: process.env['MQTT_URL'] ? 'external' : 'embedded',
    database: process.env['DATABASE_URL'] ? 'external' : 'embedded',
  };
  writeFileSync(
    file,
    JSON.stringify({ startedAt: startedAt.toISOString(), options, parts, machine: machineFacts(), steps }, null, 2),
  );
  console.log(`\n${formatBenchTable(steps)}\n\nwritten: ${file}`);
  const best = steps.filter((s) => s.keptUp).at(-1);
  console.log(
    best ? `carried: ${best.vehicles} vehicles at ${best.hz} Hz with every target met` : 'no step met every target',
  );
  return 0;
}

function machineFacts() {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
  };
}

process.exitCode = await main();
