import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchStep } from './bench/bench-step.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Keeps `npm run bench` from rotting: its short mode runs in seconds and must account for every sample. */
describe('npm run bench -- --short', () => {
  const out = mkdtempSync(join(tmpdir(), 'fleet-bench-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('steps the load up, prints the table and writes one JSON entry per step with nothing lost', async () => {
    const child = spawn('npm', ['run', '--silent', 'bench', '--', '--short', '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    // The platform's own log, for when the figures alone cannot say what went wrong.
    const platformLog = readdirSync(out)
      .filter((f) => f.endsWith('-platform.log'))
      .map((f) => readFileSync(join(out, f), 'utf8').split('\n').slice(-80).join('\n'))
      .join('\n');
    output += `\n--- platform log (last lines) ---\n${platformLog}`;
    expect(code, output).toBe(0);
    expect(output).toMatch(/vehicles\s+offered\/s\s+published\/s\s+committed\/s/);

    const files = readdirSync(out).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    const result = JSON.parse(readFileSync(join(out, files[0]!), 'utf8')) as { steps: BenchStep[] };
    expect(result.steps.map((s) => s.vehicles)).toEqual([100, 200]);
    for (const step of result.steps) {
      expect(step.lost, output).toBe(0);
      expect(step.duplicated, output).toBe(0);
      expect(step.offeredPerSecond).toBe(step.vehicles);
      expect(step.samplesPerSecond).toBeGreaterThan(0.8 * step.offeredPerSecond);
      expect(step.p99PublishToCommitMs).toBeGreaterThan(0);
      expect(step.p99PublishToConsoleMs).toBeGreaterThan(0);
      expect(step.publishToAlert.count).toBeGreaterThan(0);
      expect(step.processes.map((p) => p.name)).toEqual(
        expect.arrayContaining(['platform (api + ingest + broker)', 'database', 'load generator 1']),
      );
      for (const p of step.processes) {
        expect(p.cpuPercent).toBeGreaterThanOrEqual(0);
        expect(p.rssMb).toBeGreaterThan(10);
      }
      const track = step.queries.find((q) => q.name.startsWith('track'));
      expect(track?.status).toBe(200);
    }
  }, 240_000);
});
