import { clear, type Evaluation, isOpen, raise } from '../evaluation.js';
import type { RuleSettings } from '../settings.js';
import type { VehicleRuleState } from '../state.js';

export type LinkState = VehicleRuleState['link'];

/** Any live message (sample, event, online status) proves the link works: an open loss clears. */
export function heardFrom(ev: Evaluation, link: LinkState, receivedMs: number, how: string): LinkState {
  clear(ev, 'communication_lost', receivedMs, `heard again (${how})`);
  return { connectivity: 'online', lastHeardMs: Math.max(link.lastHeardMs ?? receivedMs, receivedMs) };
}

/**
 * The terminal's offline status (MQTT last will or clean shutdown). Only a vehicle that was active at its last
 * sample (moving or under automation) raises: a parked car switched off at the end of the day is not a loss.
 */
export function wentOffline(ev: Evaluation, state: VehicleRuleState, timeMs: number): LinkState {
  if (state.lastLive?.active && !isOpen(ev, 'communication_lost')) {
    raise(ev, 'communication_lost', timeMs, {
      detail: 'terminal offline (last will) while active',
      facts: { cause: 'offline', lastHeardMs: state.link.lastHeardMs, lastSampleMs: state.lastLive.timeMs },
    });
  }
  return { connectivity: 'offline', lastHeardMs: state.link.lastHeardMs };
}

/**
 * Silence: nothing heard for `communicationLossAfterMs` from a vehicle that is online and was active. A vehicle
 * that announced going offline raised (or deliberately did not) when it did, so silence adds nothing.
 */
export function checkSilence(ev: Evaluation, state: VehicleRuleState, nowMs: number, settings: RuleSettings): void {
  const { connectivity, lastHeardMs } = state.link;
  if (connectivity !== 'online' || lastHeardMs === null || !state.lastLive?.active) return;
  const silentForMs = nowMs - lastHeardMs;
  if (silentForMs >= settings.communicationLossAfterMs && !isOpen(ev, 'communication_lost')) {
    raise(ev, 'communication_lost', nowMs, {
      detail: `no data for ${Math.round(silentForMs / 1000)} s`,
      facts: { cause: 'silence', silentForMs, lastHeardMs, lastSampleMs: state.lastLive.timeMs },
    });
  }
}
