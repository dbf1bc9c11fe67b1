import { clear, type Evaluation, isOpen, raise } from '../evaluation.js';
import type { SampleFacts } from '../facts.js';
import type { RuleSettings } from '../settings.js';
import type { VehicleRuleState } from '../state.js';

export type ClockState = VehicleRuleState['clock'];

/**
 * Clock skew: |received − observed| beyond `maxClockSkewMs` on live samples (re-sent ones are late by design),
 * for `clockSkewConfirmSamples` samples in a row; clears after as many samples back within the limit. The limit
 * includes network delay and batching (10 samples sent once a second are up to 1 s old on arrival), and the
 * streak keeps one congested message from raising.
 */
export function checkClockSkew(
  ev: Evaluation,
  prev: ClockState,
  sample: SampleFacts,
  settings: RuleSettings,
): ClockState {
  const skewMs = sample.receivedMs - sample.timeMs;
  const skewed = Math.abs(skewMs) > settings.maxClockSkewMs;
  const confirm = settings.clockSkewConfirmSamples;
  const next: ClockState = {
    skewedStreak: skewed ? Math.min(prev.skewedStreak + 1, confirm) : 0,
    okStreak: skewed ? 0 : Math.min(prev.okStreak + 1, confirm),
  };
  // The vehicle's own time is the suspect, so the platform's receive time dates these changes.
  if (next.skewedStreak >= confirm && !isOpen(ev, 'clock_skew')) {
    raise(ev, 'clock_skew', sample.receivedMs, {
      detail: `vehicle clock ${skewMs > 0 ? 'behind' : 'ahead'} by ${Math.round(Math.abs(skewMs) / 1000)} s`,
      facts: { skewMs, maxClockSkewMs: settings.maxClockSkewMs },
    });
  }
  if (next.okStreak >= confirm) clear(ev, 'clock_skew', sample.receivedMs, 'clock within limits');
  return next;
}
