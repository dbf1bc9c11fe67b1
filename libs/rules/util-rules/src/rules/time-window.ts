import { clear, type Evaluation, isOpen, raise } from '../evaluation.js';
import type { PermitContext, SampleFacts } from '../facts.js';
import type { RuleSettings } from '../settings.js';
import { formatTimeOfDay, localMsOfDay, windowContains } from '../time-of-day.js';

/**
 * Operating outside the permit's daily windows (local time, start inclusive, end exclusive). It applies whenever
 * the vehicle is under automation, moving or not: a robotaxi waiting at a red light at 11:31 is still testing, and
 * gating on speed would make the alert flap at every stop. Time is exact, so there is no debounce.
 * The sample's own clock decides; a vehicle whose clock is off shows a clock_skew alert as well.
 */
export function checkTimeWindow(
  ev: Evaluation,
  permit: PermitContext | null,
  sample: SampleFacts,
  applies: boolean,
  settings: RuleSettings,
): void {
  if (!applies || !permit) {
    clear(ev, 'outside_time_window', sample.timeMs, 'not operating under the permit');
    return;
  }
  const msOfDay = localMsOfDay(sample.timeMs, settings.localUtcOffsetMs);
  const windows = permit.timeWindows;
  const allowed = windows.length === 0 || windows.some((w) => windowContains(w, msOfDay));
  if (allowed) {
    clear(ev, 'outside_time_window', sample.timeMs, 'inside a permitted time window');
  } else if (!isOpen(ev, 'outside_time_window')) {
    const listed = windows.map((w) => `${w.start}-${w.end}`).join(', ');
    raise(ev, 'outside_time_window', sample.timeMs, {
      detail: `local time ${formatTimeOfDay(msOfDay)} outside ${listed}`,
      facts: { permitId: permit.permitId, localTime: formatTimeOfDay(msOfDay), timeWindows: listed },
    });
  }
}
