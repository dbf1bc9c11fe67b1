import { type Evaluation, startEvaluation } from './evaluation.js';
import type { EventFacts, PermitContext, SampleFacts } from './facts.js';
import { isActive, underPermit } from './operating.js';
import { checkClockSkew } from './rules/clock-skew.js';
import { checkSilence, heardFrom, wentOffline } from './rules/communication.js';
import { checkCrew } from './rules/crew.js';
import { applyFaultLevel } from './rules/fault.js';
import { checkGeofence } from './rules/geofence.js';
import { minimalRiskEnded, minimalRiskFromSample, minimalRiskStarted } from './rules/minimal-risk.js';
import { checkOneOffEvent } from './rules/one-off-events.js';
import { checkPermitStanding } from './rules/permit-standing.js';
import { checkPositionJump } from './rules/position-jump.js';
import { checkSpeed } from './rules/speed.js';
import { takeoverFromEvent, takeoverFromSample } from './rules/takeover.js';
import { checkTimeWindow } from './rules/time-window.js';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './settings.js';
import type { RuleSignal } from './signal.js';
import type { LastLiveSample, VehicleRuleState } from './state.js';

/** The vehicle's next state and the alert changes, in a stable order (permit, crew, geofence, time, speed…). */
export type RuleResult = { state: VehicleRuleState; signals: RuleSignal[] };

function finish(ev: Evaluation, state: VehicleRuleState): RuleResult {
  return { state: { ...state, open: ev.open }, signals: ev.signals };
}

/**
 * A live sample no newer than the last one is a QoS 1 redelivery or a reordering: judging it again would move
 * timers backwards. A clock that stepped back by more than the skew limit is a reset, not a reordering, and is
 * judged (otherwise setting the clock back would silence every rule until it caught up).
 */
function isStale(last: LastLiveSample | null, sample: SampleFacts, settings: RuleSettings): boolean {
  return last !== null && sample.timeMs <= last.timeMs && last.timeMs - sample.timeMs <= settings.maxClockSkewMs;
}

/**
 * Judges one telemetry sample against the vehicle's permit (`null` when no permit covers the vehicle).
 *
 * Re-sent samples (GB/T 32960 补发) change nothing: they land in history, while the live view and its alerts
 * follow live data only. Raising alerts for the past, or clearing current ones because of an old position, would
 * show the regulator a state that no longer exists; retrospective checks belong to reports.
 */
export function onSample(
  state: VehicleRuleState,
  permit: PermitContext | null,
  sample: SampleFacts,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): RuleResult {
  if (sample.resent) return { state, signals: [] };
  const ev = startEvaluation(state);
  const link = heardFrom(ev, state.link, sample.receivedMs, 'sample');
  if (isStale(state.lastLive, sample, settings)) return finish(ev, { ...state, link });

  const plausible = checkPositionJump(ev, state.lastLive, sample, settings);
  const clock = checkClockSkew(ev, state.clock, sample, settings);
  const operating = underPermit(sample.controlMode, settings);
  checkPermitStanding(ev, permit, sample.timeMs, operating);
  checkCrew(ev, state.vehicle, permit, sample, settings);
  // An implausible position says nothing about the zones: keep the geofence as it was.
  const geofence = plausible ? checkGeofence(ev, state.geofence, permit, sample, operating, settings) : state.geofence;
  checkTimeWindow(ev, permit, sample, operating, settings);
  const speed = checkSpeed(ev, state.speed, permit, sample, operating, settings);
  applyFaultLevel(ev, sample.faultLevel, sample.timeMs, '');
  takeoverFromSample(ev, sample);
  minimalRiskFromSample(ev, sample);

  const lastLive: LastLiveSample = {
    timeMs: sample.timeMs,
    receivedMs: sample.receivedMs,
    lonDeg: sample.lonDeg,
    latDeg: sample.latDeg,
    active: isActive(sample, settings),
  };
  return finish(ev, { ...state, link, lastLive, geofence, speed, clock });
}

/**
 * Judges one vehicle event. One-off kinds (disengagement, emergency braking, collision, near miss) raise even when
 * re-sent; conditions (takeover, minimal-risk manoeuvre, fault) follow live events only. Engagement, localisation
 * and remote-command events raise nothing here (they feed reports and the vehicle's timeline).
 */
export function onEvent(
  state: VehicleRuleState,
  event: EventFacts,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): RuleResult {
  const ev = startEvaluation(state);
  const live = !event.resent;
  let next = live ? { ...state, link: heardFrom(ev, state.link, event.receivedMs, 'event') } : state;
  switch (event.kind) {
    case 'disengagement':
    case 'emergency_braking':
    case 'collision':
    case 'near_miss':
      next = { ...next, lastEventMs: checkOneOffEvent(ev, next.lastEventMs, event.kind, event, settings) };
      break;
    case 'takeover_request':
      if (live) takeoverFromEvent(ev, event.timeMs, event.detail);
      break;
    case 'minimal_risk_started':
      if (live) minimalRiskStarted(ev, event.timeMs, event.detail);
      break;
    case 'minimal_risk_ended':
      if (live) minimalRiskEnded(ev, event.timeMs);
      break;
    case 'fault':
      // "A fault was raised": at least level 1, whatever the level field says.
      if (live)
        applyFaultLevel(
          ev,
          event.faultLevel === null || event.faultLevel === 0 ? 1 : event.faultLevel,
          event.timeMs,
          event.detail,
        );
      break;
    case 'fault_cleared':
      if (live) applyFaultLevel(ev, 0, event.timeMs, event.detail);
      break;
    case 'engagement':
    case 'localization_lost':
    case 'localization_recovered':
    case 'remote_command_received':
      break;
  }
  return finish(ev, next);
}

/**
 * The terminal's online/offline status. `timeMs` must be the platform's receive time: a last will carries the
 * time it was registered at connect, not when it fired. Online clears a communication loss; offline raises one
 * if the vehicle was active (moving or under automation) at its last sample.
 */
export function onConnectivity(state: VehicleRuleState, online: boolean, timeMs: number): RuleResult {
  const ev = startEvaluation(state);
  const link = online ? heardFrom(ev, state.link, timeMs, 'online status') : wentOffline(ev, state, timeMs);
  return finish(ev, { ...state, link });
}

/** Time passing on the platform's clock: raises a communication loss after `communicationLossAfterMs` of silence. */
export function onClockTick(
  state: VehicleRuleState,
  nowMs: number,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): RuleResult {
  const ev = startEvaluation(state);
  checkSilence(ev, state, nowMs, settings);
  return ev.signals.length === 0 ? { state, signals: [] } : finish(ev, state);
}
