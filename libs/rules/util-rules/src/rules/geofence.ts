import { clear, type Evaluation, isOpen, raise } from '../evaluation.js';
import type { PermitContext, SampleFacts } from '../facts.js';
import { distanceToZones } from '../geometry/zone-distance.js';
import type { RuleSettings } from '../settings.js';
import type { VehicleRuleState } from '../state.js';

export type GeofenceState = VehicleRuleState['geofence'];

const RESET: GeofenceState = { outsideStreak: 0, insideStreak: 0 };

function round(m: number): number | null {
  return Number.isFinite(m) ? Math.round(m * 10) / 10 : null;
}

/**
 * Geofence exit and re-entry with hysteresis. A sample counts as outside when it is more than
 * `geofenceExitMarginM` beyond the union of the permit's zones, and as inside when it is at least
 * `geofenceReentryDepthM` within it; samples in between count as neither and break both streaks. It takes
 * `geofenceConfirmSamples` outside samples in a row to raise and as many inside samples in a row to clear, so a
 * vehicle running along a boundary (GNSS noise of a few metres) never flaps, and neither does one GNSS spike.
 *
 * `applies` is false when the vehicle is not operating under a permit or no permit covers it: an open exit then
 * clears (the missing permit is its own alert) and the streaks restart.
 */
export function checkGeofence(
  ev: Evaluation,
  prev: GeofenceState,
  permit: PermitContext | null,
  sample: SampleFacts,
  applies: boolean,
  settings: RuleSettings,
): GeofenceState {
  if (!applies || !permit) {
    clear(ev, 'geofence_exit', sample.timeMs, permit ? 'not operating under the permit' : 'no permit to check against');
    return RESET;
  }
  const { signedM, zoneId } = distanceToZones([sample.lonDeg, sample.latDeg], permit.zones);
  // No zones: nowhere is approved, so every position is outside (fails closed on incomplete permit data).
  const outside = signedM === null || signedM > settings.geofenceExitMarginM;
  const inside = signedM !== null && signedM <= -settings.geofenceReentryDepthM;
  const confirm = settings.geofenceConfirmSamples;
  const next: GeofenceState = {
    outsideStreak: outside ? Math.min(prev.outsideStreak + 1, confirm) : 0,
    insideStreak: inside ? Math.min(prev.insideStreak + 1, confirm) : 0,
  };
  if (next.outsideStreak >= confirm && !isOpen(ev, 'geofence_exit')) {
    raise(ev, 'geofence_exit', sample.timeMs, {
      detail:
        signedM === null
          ? `permit ${permit.permitId} has no zones`
          : `${Math.round(signedM)} m outside the permitted zones`,
      facts: {
        permitId: permit.permitId,
        outsideByM: signedM === null ? null : round(signedM),
        nearestZoneId: zoneId,
        marginM: settings.geofenceExitMarginM,
        latDeg: sample.latDeg,
        lonDeg: sample.lonDeg,
      },
    });
  }
  if (next.insideStreak >= confirm) {
    clear(ev, 'geofence_exit', sample.timeMs, `back inside zone ${zoneId ?? ''}`.trim());
  }
  return next;
}
