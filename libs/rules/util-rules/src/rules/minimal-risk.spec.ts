import { describe, expect, it } from 'vitest';
import { onEvent, onSample } from '../evaluate.js';
import { actions, event, freshState, run, straightTrack, T0 } from '../testing/factories.js';

describe(onSample.name, () => {
  describe('minimal_risk_maneuver', () => {
    it('raises nothing in ordinary automated driving', () => {
      expect(run(straightTrack({ count: 10 })).signals).toEqual([]);
    });

    it('raises once as critical while samples report the manoeuvre and clears when the mode changes', () => {
      const track = straightTrack({ count: 10, speedMps: 3 }).map((s, i) =>
        i >= 2 && i < 8
          ? { ...s, controlMode: 'minimal_risk' as const }
          : { ...s, controlMode: i < 2 ? ('automated' as const) : ('manual' as const) },
      );
      const { signals } = run(track);
      expect(actions(signals)).toEqual(['raise minimal_risk_maneuver', 'clear minimal_risk_maneuver']);
      expect(signals[0]?.severity).toBe('critical');
    });
  });
});

describe(onEvent.name, () => {
  describe('minimal-risk events', () => {
    it('raises on the start event, ignores samples already in the manoeuvre and clears on the end event', () => {
      const started = onEvent(freshState(), event({ kind: 'minimal_risk_started', timeMs: T0 }));
      expect(actions(started.signals)).toEqual(['raise minimal_risk_maneuver']);
      const during = run(
        straightTrack({ count: 5, startMs: T0 + 1_000 }, { controlMode: 'minimal_risk' }),
        undefined,
        started.state,
      );
      expect(during.signals).toEqual([]);
      const ended = onEvent(during.state, event({ kind: 'minimal_risk_ended', timeMs: T0 + 6_000 }));
      expect(actions(ended.signals)).toEqual(['clear minimal_risk_maneuver']);
    });

    it('raises nothing for an end event without a start', () => {
      expect(onEvent(freshState(), event({ kind: 'minimal_risk_ended' })).signals).toEqual([]);
    });
  });
});
