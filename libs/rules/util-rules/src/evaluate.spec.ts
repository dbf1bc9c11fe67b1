import { describe, expect, it } from 'vitest';
import { onClockTick, onConnectivity, onEvent, onSample } from './evaluate.js';
import type { SampleFacts } from './facts.js';
import type { RuleSignal } from './signal.js';
import { initialVehicleState, type VehicleRuleState } from './state.js';
import {
  actions,
  event,
  freshState,
  localTime,
  permit,
  run,
  sample,
  squareZone,
  straightTrack,
  T0,
  trackThrough,
  vehicle,
} from './testing/factories.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** A track that breaks several rules at once for its whole length: outside hours, over speed, driverless. */
function badTrack(count: number, startMs = localTime(12, 0)): SampleFacts[] {
  return straightTrack({ count, speedMps: 20, startMs, from: [121.19, 31.3] }, { safetyOfficerId: null });
}
const strict = permit({ driverlessAllowed: false, zones: [squareZone('big', 20_000)] });

describe(initialVehicleState.name, () => {
  it('starts with nothing open and nothing heard', () => {
    const state = initialVehicleState(vehicle());
    expect(state.open).toEqual({});
    expect(state.link).toEqual({ connectivity: 'unknown', lastHeardMs: null });
  });
});

describe(onSample.name, () => {
  it('raises each persisting condition exactly once over 100 samples', () => {
    const { signals } = run(badTrack(100), strict);
    expect(actions(signals)).toEqual([
      'raise driverless_not_permitted',
      'raise outside_time_window',
      'raise over_speed',
    ]);
  });

  it('leaves the state untouched and raises nothing for re-sent samples, even far outside the zone', () => {
    const live = run(straightTrack({ count: 3 }, { takeoverRequested: true }));
    const resent = badTrack(5, T0 - 600_000).map((s) => ({ ...s, resent: true, lonDeg: 121.5 }));
    const after = run(resent, strict, live.state);
    expect(after.signals).toEqual([]);
    expect(after.state).toBe(live.state);
  });

  it('ignores a redelivered live sample instead of counting it twice', () => {
    const out = trackThrough([[1_050, 0]])[0] as SampleFacts;
    // The same outside sample three times is one sample, not the three the geofence needs.
    expect(run([out, out, out]).signals).toEqual([]);
  });

  it('still judges samples after the vehicle clock stepped back by more than the skew limit', () => {
    const before = run(straightTrack({ count: 3, startMs: T0 + 3_600_000 }));
    const reset = run(
      [sample({ timeMs: T0, receivedMs: T0 + 3_602_000 + 200, speedMps: 0, controlMode: 'manual' })],
      permit(),
      before.state,
    );
    expect(reset.state.lastLive?.timeMs).toBe(T0);
  });

  it('never changes the state it is given', () => {
    const state = deepFreeze(run(badTrack(5), strict).state);
    const snapshot = JSON.stringify(state);
    onSample(state, strict, badTrack(6)[5] as SampleFacts);
    onEvent(state, event({ kind: 'collision' }));
    onConnectivity(state, false, T0 + 10_000);
    onClockTick(state, T0 + 600_000);
    expect(JSON.stringify(state)).toBe(snapshot);
  });

  it('keeps working from a state stored as JSON mid-episode, without raising again', () => {
    const first = run(badTrack(5), strict);
    const stored = JSON.parse(JSON.stringify(first.state)) as VehicleRuleState;
    const rest = run(badTrack(20).slice(5), strict, stored);
    expect(rest.signals).toEqual([]);
    const cleanUp = run(
      straightTrack({ count: 5, startMs: localTime(13, 0, 20), from: [121.19, 31.3] }),
      strict,
      rest.state,
    );
    expect(actions(cleanUp.signals).sort()).toEqual([
      'clear driverless_not_permitted',
      'clear outside_time_window',
      'clear over_speed',
    ]);
  });

  it('puts the vehicle id on every signal', () => {
    const { signals } = run(badTrack(5), strict, freshState({ vehicleId: 'BUS-7' }));
    expect(new Set(signals.map((s: RuleSignal) => s.vehicleId))).toEqual(new Set(['BUS-7']));
  });
});
