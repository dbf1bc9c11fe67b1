import { describe, expect, it } from 'vitest';
import { onEvent } from '../evaluate.js';
import type { EventFacts } from '../facts.js';
import { event, freshState, T0 } from '../testing/factories.js';
import type { RuleSignal } from '../signal.js';

function feed(events: readonly EventFacts[]): RuleSignal[] {
  let state = freshState();
  const signals: RuleSignal[] = [];
  for (const e of events) {
    const result = onEvent(state, e);
    state = result.state;
    signals.push(...result.signals);
  }
  return signals;
}

describe(onEvent.name, () => {
  describe('one-off events', () => {
    it.each([
      ['collision', 'critical'],
      ['near_miss', 'warning'],
      ['emergency_braking', 'warning'],
    ] as const)('raises %s as %s and never clears it', (kind, severity) => {
      const signals = feed([event({ kind })]);
      expect(signals).toEqual([expect.objectContaining({ kind, action: 'raise', severity, timeMs: T0 })]);
    });

    it.each([
      ['system', 'warning'],
      ['safety_officer', 'info'],
      ['remote_operator', 'info'],
      ['passenger', 'warning'],
      [null, 'warning'],
    ] as const)('rates a disengagement initiated by %s as %s', (initiator, severity) => {
      const signals = feed([event({ kind: 'disengagement', initiator })]);
      expect(signals[0]).toMatchObject({ kind: 'disengagement', severity, facts: { initiator } });
    });

    it('raises a redelivered or echoed event once, and a later one again', () => {
      const signals = feed([
        event({ kind: 'collision' }),
        event({ kind: 'collision' }),
        event({ kind: 'collision', timeMs: T0 + 3_000 }),
        event({ kind: 'near_miss', timeMs: T0 + 3_000 }),
        event({ kind: 'collision', timeMs: T0 + 60_000 }),
      ]);
      expect(signals.map((s) => `${s.kind}@${s.timeMs - T0}`)).toEqual([
        'collision@0',
        'near_miss@3000',
        'collision@60000',
      ]);
    });

    it('still raises a re-sent collision, marked as re-sent, with its real time', () => {
      const signals = feed([event({ kind: 'collision', timeMs: T0 - 120_000, receivedMs: T0, resent: true })]);
      expect(signals[0]).toMatchObject({
        kind: 'collision',
        timeMs: T0 - 120_000,
        facts: { resent: true, receivedMs: T0 },
      });
    });

    it.each(['engagement', 'localization_lost', 'localization_recovered', 'remote_command_received'] as const)(
      'raises nothing for %s',
      (kind) => {
        expect(feed([event({ kind })])).toEqual([]);
      },
    );
  });
});
