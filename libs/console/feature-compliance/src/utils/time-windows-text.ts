import type { TimeWindow } from '@fleet/registry-model';

/** A permit's daily windows as `08:00–12:00, 14:00–18:00`; null when it has none (it holds all day). */
export function timeWindowsText(windows: readonly TimeWindow[], separator = ', '): string | null {
  if (windows.length === 0) return null;
  return windows.map((w) => `${w.start}–${w.end}`).join(separator);
}
