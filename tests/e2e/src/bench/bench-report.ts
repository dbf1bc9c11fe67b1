import type { BenchStep } from './bench-step.js';

const ms = (x: number | null) => (x === null ? '–' : String(x));

/** The human-readable table the benchmark prints. */
export function formatBenchTable(steps: BenchStep[]): string {
  const header = [
    'vehicles',
    'offered/s',
    'published/s',
    'committed/s',
    'msgs/s',
    'lost',
    'dup',
    'commit p50/p99 ms',
    'console p50/p99 ms',
    'alert p50/max ms',
    'kept up',
  ];
  const rows = steps.map((s) => [
    String(s.vehicles),
    String(s.offeredPerSecond),
    String(s.publishedPerSecond),
    String(s.samplesPerSecond),
    String(s.messagesPerSecond),
    String(s.lost),
    String(s.duplicated),
    `${ms(s.p50PublishToCommitMs)} / ${ms(s.p99PublishToCommitMs)}`,
    `${ms(s.publishToConsole.p50)} / ${ms(s.publishToConsole.p99)}`,
    `${ms(s.publishToAlert.p50)} / ${ms(s.publishToAlert.max)}${s.publishToAlert.missed ? ` (${s.publishToAlert.missed} missed)` : ''}`,
    s.keptUp ? 'yes' : 'NO',
  ]);
  const lines = [table(header, rows)];
  for (const s of steps) {
    lines.push(
      `\n${s.vehicles} vehicles — processes: ` +
        s.processes.map((p) => `${p.name} ${p.cpuPercent}% CPU ${p.rssMb} MB`).join(', '),
    );
    lines.push(
      '  queries under load: ' +
        s.queries
          .map(
            (q) =>
              `${q.name} ${q.status === 200 ? `${q.medianMs} ms (max ${q.maxMs})` : `${q.status === 0 ? 'failed' : `HTTP ${q.status}`} after ${q.maxMs} ms (${q.note ?? ''})`}`,
          )
          .join(', '),
    );
    if (s.problems.length > 0) lines.push(`  targets missed: ${s.problems.join('; ')}`);
  }
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
