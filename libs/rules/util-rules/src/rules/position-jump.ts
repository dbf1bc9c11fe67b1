import { haversineDistanceM } from '@fleet/geo';
import { clear, type Evaluation, raise } from '../evaluation.js';
import type { SampleFacts } from '../facts.js';
import type { RuleSettings } from '../settings.js';
import type { LastLiveSample } from '../state.js';

/**
 * Position jump: the distance from the last live sample exceeds what `maxPlausibleSpeedMps` could cover in the
 * elapsed time plus `positionNoiseM`. No gap is ignored: the bound grows with the gap, so a long silence only
 * makes the test lenient, and a 10 km jump after 10 s is impossible however it happened. The newest sample always
 * becomes the reference, so a single glitch (A → X → B) raises once and clears at the next consistent step, and
 * a real relocation (GNSS fix after a tunnel) clears at once. Samples whose clock went backwards cannot be judged.
 * Returns whether the position is plausible (the geofence skips implausible ones).
 */
export function checkPositionJump(
  ev: Evaluation,
  last: LastLiveSample | null,
  sample: SampleFacts,
  settings: RuleSettings,
): boolean {
  if (!last || sample.timeMs <= last.timeMs) return true;
  const elapsedS = (sample.timeMs - last.timeMs) / 1000;
  const distanceM = haversineDistanceM([last.lonDeg, last.latDeg], [sample.lonDeg, sample.latDeg]);
  const allowedM = settings.maxPlausibleSpeedMps * elapsedS + settings.positionNoiseM;
  if (distanceM <= allowedM) {
    clear(ev, 'implausible_position', sample.timeMs, 'track consistent again');
    return true;
  }
  raise(ev, 'implausible_position', sample.timeMs, {
    detail: `jumped ${Math.round(distanceM)} m in ${elapsedS.toFixed(1)} s`,
    facts: {
      jumpM: Math.round(distanceM),
      elapsedMs: sample.timeMs - last.timeMs,
      impliedSpeedMps: Math.round(distanceM / elapsedS),
      maxPlausibleSpeedMps: settings.maxPlausibleSpeedMps,
    },
  });
  return false;
}
