import { clear, type Evaluation, isOpen, raise } from '../evaluation.js';
import type { PermitContext, SampleFacts } from '../facts.js';
import type { RuleSettings } from '../settings.js';
import type { VehicleRuleState } from '../state.js';

export type SpeedState = VehicleRuleState['speed'];

const RESET: SpeedState = { overSinceMs: null, underSinceMs: null };
// m/s × 3.6 is inexact in binary; without this, exactly cap + tolerance could count as over.
const FLOAT_SLACK_KPH = 1e-6;

/**
 * Over the permit's speed cap: a sample is over when its speed exceeds cap + `overSpeedToleranceKph`
 * (exactly cap + tolerance is allowed). Raises once the vehicle has been over for `overSpeedMinDurationMs`
 * (first over sample to the current one), clears once it has been back within the limit for as long.
 */
export function checkSpeed(
  ev: Evaluation,
  prev: SpeedState,
  permit: PermitContext | null,
  sample: SampleFacts,
  applies: boolean,
  settings: RuleSettings,
): SpeedState {
  if (!applies || !permit) {
    clear(ev, 'over_speed', sample.timeMs, 'not operating under the permit');
    return RESET;
  }
  const speedKph = sample.speedMps * 3.6;
  const limitKph = permit.speedCapKph + settings.overSpeedToleranceKph;
  const t = sample.timeMs;
  if (speedKph > limitKph + FLOAT_SLACK_KPH) {
    const overSinceMs = prev.overSinceMs ?? t;
    if (t - overSinceMs >= settings.overSpeedMinDurationMs && !isOpen(ev, 'over_speed')) {
      raise(ev, 'over_speed', t, {
        detail: `${speedKph.toFixed(1)} km/h over the cap of ${permit.speedCapKph} km/h`,
        facts: {
          permitId: permit.permitId,
          speedKph: Math.round(speedKph * 10) / 10,
          capKph: permit.speedCapKph,
          toleranceKph: settings.overSpeedToleranceKph,
          overForMs: t - overSinceMs,
        },
      });
    }
    return { overSinceMs, underSinceMs: null };
  }
  const underSinceMs = prev.underSinceMs ?? t;
  if (t - underSinceMs >= settings.overSpeedMinDurationMs) {
    clear(ev, 'over_speed', t, `within the cap for ${t - underSinceMs} ms`);
  }
  return { overSinceMs: null, underSinceMs };
}
