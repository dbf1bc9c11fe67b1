import { clear, type Evaluation, openSince, raise } from '../evaluation.js';
import type { SampleFacts } from '../facts.js';

/**
 * A minimal-risk manoeuvre in progress: raised by the start event or a sample in minimal_risk mode; cleared by
 * the end event or by the first live sample newer than the raise in any other mode.
 */
export function minimalRiskFromSample(ev: Evaluation, sample: SampleFacts): void {
  if (sample.controlMode === 'minimal_risk') {
    raise(ev, 'minimal_risk_maneuver', sample.timeMs, {
      detail: 'minimal-risk manoeuvre in progress',
      facts: { source: 'sample', speedMps: sample.speedMps },
    });
    return;
  }
  const since = openSince(ev, 'minimal_risk_maneuver');
  if (since !== null && sample.timeMs > since) {
    clear(ev, 'minimal_risk_maneuver', sample.timeMs, `now in ${sample.controlMode} mode`);
  }
}

export function minimalRiskStarted(ev: Evaluation, timeMs: number, detail: string): void {
  raise(ev, 'minimal_risk_maneuver', timeMs, {
    detail: detail || 'minimal-risk manoeuvre started',
    facts: { source: 'event' },
  });
}

export function minimalRiskEnded(ev: Evaluation, timeMs: number): void {
  clear(ev, 'minimal_risk_maneuver', timeMs, 'minimal-risk manoeuvre ended');
}
