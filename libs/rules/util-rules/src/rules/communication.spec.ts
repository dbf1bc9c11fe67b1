import { describe, expect, it } from 'vitest';
import { onClockTick, onConnectivity, onEvent, onSample } from '../evaluate.js';
import { actions, event, run, sample, straightTrack, T0 } from '../testing/factories.js';

// Samples are received 200 ms after they are taken; loss after 30 s of silence.
const lastHeard = T0 + 4_000 + 200;
const active = () => run(straightTrack({ count: 5 })).state;
const parked = () => run(straightTrack({ count: 5, speedMps: 0 }, { controlMode: 'manual' })).state;

describe(onClockTick.name, () => {
  it('raises nothing before the silence reaches the limit', () => {
    expect(onClockTick(active(), lastHeard + 29_999).signals).toEqual([]);
  });

  it('raises once when an active vehicle has been silent for the limit, and the next sample clears it', () => {
    const lost = onClockTick(active(), lastHeard + 30_000);
    expect(actions(lost.signals)).toEqual(['raise communication_lost']);
    expect(lost.signals[0]?.timeMs).toBe(lastHeard + 30_000);
    expect(lost.signals[0]?.facts).toMatchObject({ cause: 'silence', silentForMs: 30_000, lastHeardMs: lastHeard });
    const later = onClockTick(lost.state, lastHeard + 90_000);
    expect(later.signals).toEqual([]);
    const back = onSample(later.state, null, sample({ timeMs: T0 + 95_000, controlMode: 'manual' }));
    expect(actions(back.signals)).toEqual(['clear communication_lost']);
  });

  it('raises nothing for a parked, manually driven vehicle that goes quiet', () => {
    expect(onClockTick(parked(), lastHeard + 600_000).signals).toEqual([]);
  });

  it('raises nothing for a vehicle never heard from', () => {
    expect(onClockTick(run([]).state, T0 + 600_000).signals).toEqual([]);
  });

  it('counts a live event as a sign of life', () => {
    const heard = onEvent(active(), event({ kind: 'engagement', timeMs: T0 + 20_000 }));
    expect(onClockTick(heard.state, lastHeard + 30_000).signals).toEqual([]);
  });
});

describe(onConnectivity.name, () => {
  it('raises on the last will of an active vehicle and clears when it is back online', () => {
    const gone = onConnectivity(active(), false, T0 + 6_000);
    expect(actions(gone.signals)).toEqual(['raise communication_lost']);
    expect(gone.signals[0]?.facts).toMatchObject({ cause: 'offline' });
    expect(onClockTick(gone.state, T0 + 120_000).signals).toEqual([]);
    const back = onConnectivity(gone.state, true, T0 + 130_000);
    expect(actions(back.signals)).toEqual(['clear communication_lost']);
  });

  it('raises nothing when a parked vehicle switches off, and nothing while it stays off', () => {
    const off = onConnectivity(parked(), false, T0 + 6_000);
    expect(off.signals).toEqual([]);
    expect(onClockTick(off.state, T0 + 3_600_000).signals).toEqual([]);
  });

  it('watches for silence again after the vehicle comes back online', () => {
    const online = onConnectivity(active(), true, T0 + 10_000);
    expect(online.signals).toEqual([]);
    expect(actions(onClockTick(online.state, T0 + 40_000).signals)).toEqual(['raise communication_lost']);
  });
});
