import type { Random } from '@fleet/demo-fleet';
import type { ControlModeName } from '@fleet/telemetry-contract';
import type { SimEvent } from './sim-event.js';

/** Who can act on the vehicle; fixed for a run. */
export type Crew = {
  automationLevel: number;
  /** A safety officer sits in the vehicle and can take over. */
  officerOnBoard: boolean;
  /** Passengers ride (robotaxi, buses) and may ask for a stop. */
  carriesPassengers: boolean;
};

export type ControlState = {
  mode: ControlModeName;
  /** When the current mode ends by itself (the next engagement or disengagement). */
  nextChangeMs: number;
  /** A takeover request is pending until this time; the human responds then. */
  takeoverUntilMs: number;
  /** Mode to enter once the pending takeover is answered. */
  takeoverTo: ControlModeName;
};

/** Mean time in automated mode between two disengagements, seconds, at event rate 1. */
const AUTOMATED_MEAN_S = 1_200;
const ASSISTED_MEAN_S = 600;

function exponentialS(random: Random, meanS: number): number {
  return -Math.log(1 - random.next()) * meanS;
}

export function initialControlState(crew: Crew, nowMs: number, eventRate: number, random: Random): ControlState {
  const automated = crew.automationLevel >= 3;
  const engaged = random.chance(automated ? 0.85 : 0.6);
  const mode: ControlModeName = automated
    ? engaged
      ? 'automated'
      : crew.officerOnBoard
        ? 'manual'
        : 'remote'
    : engaged
      ? 'assisted'
      : 'manual';
  // Spread the first change over the first minutes, so a fresh fleet does not change modes in step.
  return {
    mode,
    nextChangeMs: nowMs + (random.range(5, 300) / Math.max(eventRate, 1e-6)) * 1_000,
    takeoverUntilMs: 0,
    takeoverTo: 'manual',
  };
}

/** Whether the speed model must bring the vehicle to a stop (minimal-risk manoeuvre). */
export function mustStop(state: ControlState): boolean {
  return state.mode === 'minimal_risk';
}

/**
 * Advances the control mode to `nowMs` and returns the events that happened. Level 2 vehicles switch between manual
 * and assisted without events; level 3+ vehicles stay automated most of the time and leave it through a safety
 * officer, a takeover request, a remote operator or a minimal-risk manoeuvre, with the matching events.
 */
export function stepControl(
  state: ControlState,
  crew: Crew,
  nowMs: number,
  speedMps: number,
  eventRate: number,
  random: Random,
): SimEvent[] {
  if (state.takeoverUntilMs > 0 && nowMs >= state.takeoverUntilMs) {
    const to = state.takeoverTo;
    state.takeoverUntilMs = 0;
    enter(state, to, nowMs, eventRate, random);
    return [
      { kind: 'disengagement', timeMs: nowMs, initiator: 'system', detail: `takeover request answered, now ${to}` },
    ];
  }
  if (nowMs < state.nextChangeMs || state.takeoverUntilMs > 0) return [];

  if (crew.automationLevel < 3) {
    enter(state, state.mode === 'assisted' ? 'manual' : 'assisted', nowMs, eventRate, random);
    return [];
  }

  const fallback: ControlModeName = crew.officerOnBoard ? 'manual' : 'remote';
  switch (state.mode) {
    case 'manual':
      enter(state, 'automated', nowMs, eventRate, random);
      return [
        {
          kind: 'engagement',
          timeMs: nowMs,
          initiator: 'safety_officer',
          detail: 'safety officer engaged automated driving',
        },
      ];
    case 'remote':
      enter(state, 'automated', nowMs, eventRate, random);
      return [
        {
          kind: 'engagement',
          timeMs: nowMs,
          initiator: 'remote_operator',
          detail: 'remote operator handed back to the automated driving system',
        },
      ];
    case 'minimal_risk':
      // The manoeuvre ends only once the vehicle has stopped.
      if (speedMps > 0.1) return [];
      enter(state, fallback, nowMs, eventRate, random);
      return [
        {
          kind: 'minimal_risk_ended',
          timeMs: nowMs,
          initiator: crew.officerOnBoard ? 'safety_officer' : 'remote_operator',
          detail: `stopped in a safe place, now ${fallback}`,
        },
      ];
    case 'assisted':
    case 'automated':
      return leaveAutomated(state, crew, nowMs, eventRate, random, fallback);
  }
}

function leaveAutomated(
  state: ControlState,
  crew: Crew,
  nowMs: number,
  eventRate: number,
  random: Random,
  fallback: ControlModeName,
): SimEvent[] {
  const r = random.next();
  if (crew.officerOnBoard && r < 0.45) {
    enter(state, 'manual', nowMs, eventRate, random);
    return [
      {
        kind: 'disengagement',
        timeMs: nowMs,
        initiator: 'safety_officer',
        detail: random.pick([
          'precautionary takeover near construction',
          'unexpected cut-in',
          'planned manual section',
        ]),
      },
    ];
  }
  if (r < 0.75) {
    // Humans answer takeover requests within seconds; the response time is part of the event.
    const responseTimeMs = Math.round(random.range(600, crew.officerOnBoard ? 3_500 : 8_000));
    state.takeoverUntilMs = nowMs + responseTimeMs;
    state.takeoverTo = fallback;
    return [
      {
        kind: 'takeover_request',
        timeMs: nowMs,
        initiator: 'system',
        responseTimeMs,
        detail: random.pick(['leaving the operational design domain', 'perception confidence low', 'road works ahead']),
      },
    ];
  }
  if (r < 0.88 && crew.automationLevel < 4) {
    // Level 3 test cars have no remote driving: the officer takes over instead.
    enter(state, 'manual', nowMs, eventRate, random);
    return [{ kind: 'disengagement', timeMs: nowMs, initiator: 'safety_officer', detail: 'safety officer took over' }];
  }
  if (r < 0.88) {
    enter(state, 'remote', nowMs, eventRate, random);
    return [
      {
        kind: 'remote_command_received',
        timeMs: nowMs,
        initiator: 'remote_operator',
        detail: 'remote driving requested',
      },
      { kind: 'disengagement', timeMs: nowMs, initiator: 'remote_operator', detail: 'remote operator took control' },
    ];
  }
  const byPassenger = crew.carriesPassengers && random.chance(0.3);
  enter(state, 'minimal_risk', nowMs, eventRate, random);
  return [
    {
      kind: 'minimal_risk_started',
      timeMs: nowMs,
      initiator: byPassenger ? 'passenger' : 'system',
      detail: byPassenger ? 'passenger pressed the stop button' : 'system degraded, pulling over',
    },
  ];
}

function enter(state: ControlState, mode: ControlModeName, nowMs: number, eventRate: number, random: Random): void {
  state.mode = mode;
  const rate = Math.max(eventRate, 1e-6);
  let dwellS: number;
  switch (mode) {
    case 'automated':
      dwellS = exponentialS(random, AUTOMATED_MEAN_S / rate);
      break;
    case 'assisted':
      dwellS = exponentialS(random, ASSISTED_MEAN_S / rate);
      break;
    case 'manual':
      dwellS = random.range(30, 180) / rate;
      break;
    case 'remote':
      dwellS = random.range(30, 120) / rate;
      break;
    case 'minimal_risk':
      dwellS = random.range(20, 60);
      break;
  }
  state.nextChangeMs = nowMs + Math.max(dwellS, 1) * 1_000;
}
