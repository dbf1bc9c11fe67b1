import { clear, type Evaluation, openSince, raise } from '../evaluation.js';
import type { SampleFacts } from '../facts.js';
import { humanDriven } from '../operating.js';

/**
 * A pending takeover request: raised by the sample flag or the takeover_request event, open while the request
 * is pending. It clears at the first live sample newer than the raise that shows no request, or a human on board
 * driving. "Newer" matters: samples of a batch taken before the event must not close it.
 */
export function takeoverFromSample(ev: Evaluation, sample: SampleFacts): void {
  const requested = sample.takeoverRequested && !humanDriven(sample.controlMode);
  if (requested) {
    raise(ev, 'takeover_request', sample.timeMs, {
      detail: `takeover requested in ${sample.controlMode} mode`,
      facts: { controlMode: sample.controlMode, source: 'sample' },
    });
    return;
  }
  const since = openSince(ev, 'takeover_request');
  if (since !== null && sample.timeMs > since) {
    clear(ev, 'takeover_request', sample.timeMs, sample.takeoverRequested ? 'human driving' : 'request ended');
  }
}

export function takeoverFromEvent(ev: Evaluation, timeMs: number, detail: string): void {
  raise(ev, 'takeover_request', timeMs, { detail: detail || 'takeover requested', facts: { source: 'event' } });
}
