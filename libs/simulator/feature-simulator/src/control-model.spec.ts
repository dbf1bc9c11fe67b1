import { createRandom } from '@fleet/demo-fleet';
import type { ControlModeName } from '@fleet/telemetry-contract';
import { describe, expect, it } from 'vitest';
import { initialControlState, stepControl, type Crew } from './control-model.js';
import type { SimEvent } from './sim-event.js';

/** Runs the control model for `hours` at 1 Hz; returns time share per mode and all events. */
function simulate(crew: Crew, hours: number, seed = 7) {
  const random = createRandom(seed);
  const state = initialControlState(crew, 0, 1, random);
  const share: Partial<Record<ControlModeName, number>> = {};
  const events: SimEvent[] = [];
  for (let t = 0; t < hours * 3_600; t++) {
    // A vehicle in a minimal-risk manoeuvre is stopped (the speed model does that).
    events.push(...stepControl(state, crew, t * 1_000, state.mode === 'minimal_risk' ? 0 : 10, 1, random));
    share[state.mode] = (share[state.mode] ?? 0) + 1 / (hours * 3_600);
  }
  return { share, events };
}

describe('stepControl', () => {
  it('switches a level 2 car only between manual and assisted, without events', () => {
    const { share, events } = simulate({ automationLevel: 2, officerOnBoard: false, carriesPassengers: false }, 10);
    expect(Object.keys(share).sort()).toEqual(['assisted', 'manual']);
    expect(events).toEqual([]);
  });

  it('keeps a level 4 robotaxi with a safety officer automated most of the time', () => {
    const { share, events } = simulate({ automationLevel: 4, officerOnBoard: true, carriesPassengers: true }, 50);
    expect(share.automated).toBeGreaterThan(0.75);
    expect(share.assisted).toBeUndefined();
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of [
      'engagement',
      'disengagement',
      'takeover_request',
      'minimal_risk_started',
      'minimal_risk_ended',
    ] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it('names an initiator for every change of control and a response time for takeover requests', () => {
    const { events } = simulate({ automationLevel: 4, officerOnBoard: false, carriesPassengers: true }, 50);
    for (const e of events) {
      expect(e.initiator, e.kind).toBeDefined();
      if (e.kind === 'takeover_request') expect(e.responseTimeMs).toBeGreaterThan(0);
    }
    // Nobody on board: no safety-officer initiated changes.
    expect(events.some((e) => e.initiator === 'safety_officer')).toBe(false);
    expect(events.some((e) => e.initiator === 'remote_operator')).toBe(true);
  });

  it('ends a minimal-risk manoeuvre only once the vehicle has stopped', () => {
    const random = createRandom(1);
    const crew: Crew = { automationLevel: 4, officerOnBoard: true, carriesPassengers: false };
    const state = {
      mode: 'minimal_risk' as ControlModeName,
      nextChangeMs: 0,
      takeoverUntilMs: 0,
      takeoverTo: 'manual' as ControlModeName,
    };
    expect(stepControl(state, crew, 1_000, 5, 1, random)).toEqual([]);
    expect(state.mode).toBe('minimal_risk');
    expect(stepControl(state, crew, 2_000, 0, 1, random).map((e) => e.kind)).toEqual(['minimal_risk_ended']);
    expect(state.mode).toBe('manual');
  });
});
