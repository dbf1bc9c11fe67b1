import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Clock ticks per second of /proc's CPU times (100 on every common Linux, asked once anyway). */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

export type ProcessUsage = { name: string; pid: number; cpuPercent: number; rssMb: number };

type Reading = { atMs: number; cpuTicks: number; rssMb: number };

function read(pid: number): Reading | undefined {
  try {
    // Field 2 (comm) may hold spaces; everything after its closing parenthesis is space-separated.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuTicks = Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { atMs: Date.now(), cpuTicks, rssMb: rssKb / 1024 };
  } catch {
    return undefined; // the process is gone
  }
}

/** Direct children of a process (the embedded database runs as one of the platform's). */
export function childPids(pid: number): number[] {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return text ? text.split(' ').map(Number) : [];
  } catch {
    return [];
  }
}

/**
 * CPU % (of one core) and peak RSS of named processes over a window, from /proc: sample() now and then
 * (RSS peaks), take() at the end.
 */
export class ProcessUsageMeter {
  private readonly first = new Map<number, Reading>();
  private readonly peakRss = new Map<number, number>();

  constructor(private readonly processes: { name: string; pid: number }[]) {
    for (const { pid } of processes) {
      const r = read(pid);
      if (r) this.first.set(pid, r);
    }
  }

  sample(): void {
    for (const { pid } of this.processes) {
      const r = read(pid);
      if (r) this.peakRss.set(pid, Math.max(this.peakRss.get(pid) ?? 0, r.rssMb));
    }
  }

  take(): ProcessUsage[] {
    return this.processes.flatMap(({ name, pid }) => {
      const start = this.first.get(pid);
      const end = read(pid);
      if (!start || !end) return [];
      const seconds = (end.atMs - start.atMs) / 1_000;
      const cpuPercent = seconds > 0 ? ((end.cpuTicks - start.cpuTicks) / CLOCK_TICKS / seconds) * 100 : 0;
      const rssMb = Math.max(this.peakRss.get(pid) ?? 0, end.rssMb);
      return [{ name, pid, cpuPercent: round1(cpuPercent), rssMb: round1(rssMb) }];
    });
  }
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
