import { describe, expect, it } from 'vitest';
import { onEvent, onSample } from '../evaluate.js';
import { actions, event, freshState, run, sample, straightTrack, T0 } from '../testing/factories.js';

describe(onSample.name, () => {
  describe('takeover_request', () => {
    it('raises nothing when no takeover is requested', () => {
      expect(run(straightTrack({ count: 10 })).signals).toEqual([]);
    });

    it('raises once while the flag stays set and clears when it drops', () => {
      const track = straightTrack({ count: 8 }).map((s, i) => ({ ...s, takeoverRequested: i >= 1 && i <= 5 }));
      const { signals } = run(track);
      expect(actions(signals)).toEqual(['raise takeover_request', 'clear takeover_request']);
      expect(signals[0]).toMatchObject({ severity: 'warning', timeMs: T0 + 1_000 });
      expect(signals[1]?.timeMs).toBe(T0 + 6_000);
    });

    it('clears when a human on board drives, even if the flag lingers', () => {
      const track = straightTrack({ count: 4 }, { takeoverRequested: true }).map((s, i) =>
        i >= 2 ? { ...s, controlMode: 'manual' as const } : s,
      );
      expect(actions(run(track).signals)).toEqual(['raise takeover_request', 'clear takeover_request']);
    });

    it('ignores the flag while a human already drives', () => {
      expect(run(straightTrack({ count: 4 }, { takeoverRequested: true, controlMode: 'manual' })).signals).toEqual([]);
    });
  });
});

describe(onEvent.name, () => {
  describe('takeover_request events', () => {
    it('raises on the event; older samples of the same batch do not clear it, newer ones without the flag do', () => {
      const raised = onEvent(freshState(), event({ kind: 'takeover_request', timeMs: T0 + 10_000 }));
      expect(actions(raised.signals)).toEqual(['raise takeover_request']);
      const older = onSample(raised.state, null, sample({ timeMs: T0 + 9_500, controlMode: 'manual' }));
      expect(older.signals).toEqual([]);
      const newer = onSample(older.state, null, sample({ timeMs: T0 + 10_500, controlMode: 'manual' }));
      expect(actions(newer.signals)).toEqual(['clear takeover_request']);
    });

    it('does not raise twice when the flag and the event report the same request', () => {
      const flagged = run(straightTrack({ count: 2 }, { takeoverRequested: true }));
      expect(onEvent(flagged.state, event({ kind: 'takeover_request', timeMs: T0 + 1_500 })).signals).toEqual([]);
    });
  });
});
