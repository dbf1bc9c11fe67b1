import { describe, expect, it } from 'vitest';
import { onEvent, onSample } from '../evaluate.js';
import type { FaultLevel } from '../facts.js';
import { event, freshState, run, straightTrack, T0 } from '../testing/factories.js';

const levels = (list: readonly (FaultLevel | null)[]) =>
  straightTrack({ count: list.length }).map((s, i) => ({ ...s, faultLevel: list[i] ?? null }));

describe(onSample.name, () => {
  describe('fault', () => {
    it('raises nothing while the level stays 0 or unreported', () => {
      expect(run(levels([0, 0, null, 0, null])).signals).toEqual([]);
    });

    it('raises by level, escalates as it rises, keeps its worst level and clears at level 0', () => {
      const { signals } = run(levels([0, 1, 1, 2, 3, 3, 1, null, 0, 0]));
      expect(signals.map((s) => `${s.action} ${s.severity}`)).toEqual([
        'raise info',
        'escalate warning',
        'escalate critical',
        'clear critical',
      ]);
      expect(signals[2]?.facts).toEqual({ faultLevel: 3 });
    });

    it('raises a level-3 fault as critical at once', () => {
      expect(run(levels([3])).signals[0]).toMatchObject({ kind: 'fault', action: 'raise', severity: 'critical' });
    });
  });
});

describe(onEvent.name, () => {
  describe('fault events', () => {
    it('raises on a fault event and clears on fault_cleared', () => {
      const raised = onEvent(freshState(), event({ kind: 'fault', faultLevel: 2, detail: 'lidar window dirty' }));
      expect(raised.signals[0]).toMatchObject({
        action: 'raise',
        severity: 'warning',
        detail: 'fault level 2: lidar window dirty',
      });
      const cleared = onEvent(raised.state, event({ kind: 'fault_cleared', timeMs: T0 + 60_000 }));
      expect(cleared.signals[0]).toMatchObject({ action: 'clear', kind: 'fault' });
    });

    it('reads a fault event without a level as level 1', () => {
      expect(onEvent(freshState(), event({ kind: 'fault' })).signals[0]?.severity).toBe('info');
    });

    it('ignores re-sent fault events: they describe the past', () => {
      expect(onEvent(freshState(), event({ kind: 'fault', faultLevel: 3, resent: true })).signals).toEqual([]);
    });
  });
});
