import type { TimeWindow } from './facts.js';

const DAY_MS = 86_400_000;

/** Milliseconds since local midnight of a UTC instant, for a fixed offset (the pilot zone keeps no summer time). */
export function localMsOfDay(timeMs: number, utcOffsetMs: number): number {
  return (((timeMs + utcOffsetMs) % DAY_MS) + DAY_MS) % DAY_MS;
}

/** `HH:MM` or `HH:MM:SS` (00:00 to 24:00) as milliseconds since midnight; null when malformed. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return null;
  const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? '0')];
  if (m > 59 || s > 59) return null;
  const ms = ((h * 60 + m) * 60 + s) * 1000;
  return ms <= DAY_MS ? ms : null;
}

/** `HH:MM:SS` of milliseconds since midnight, for alert facts. */
export function formatTimeOfDay(msOfDay: number): string {
  const totalS = Math.floor(msOfDay / 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(totalS / 3600))}:${pad(Math.floor(totalS / 60) % 60)}:${pad(totalS % 60)}`;
}

/**
 * Whether a local time of day lies in the window: start inclusive, end exclusive, wrapping past midnight when the
 * end is earlier than the start. A malformed or empty (start = end) window holds no time at all, so bad permit
 * data fails closed (the vehicle shows as outside) instead of silently allowing every hour.
 */
export function windowContains(window: TimeWindow, msOfDay: number): boolean {
  const start = parseTimeOfDay(window.start);
  const end = parseTimeOfDay(window.end);
  if (start === null || end === null || start === end) return false;
  return start < end ? msOfDay >= start && msOfDay < end : msOfDay >= start || msOfDay < end;
}

/** Problems with a permit's windows, for the registry to refuse them before they reach the rules. */
export function timeWindowProblems(windows: readonly TimeWindow[]): string[] {
  const problems: string[] = [];
  windows.forEach((w, i) => {
    const start = parseTimeOfDay(w.start);
    const end = parseTimeOfDay(w.end);
    if (start === null) problems.push(`time window ${i}: start "${w.start}" is not HH:MM`);
    if (end === null) problems.push(`time window ${i}: end "${w.end}" is not HH:MM`);
    if (start !== null && end !== null && start === end) problems.push(`time window ${i}: start equals end`);
  });
  return problems;
}
