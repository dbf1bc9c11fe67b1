import { describe, expect, it } from 'vitest';
import { onSample } from '../evaluate.js';
import { actions, freshState, permit, run, sample, straightTrack, T0 } from '../testing/factories.js';

const drive = (count: number, startMs = T0, overrides = {}) => straightTrack({ count, startMs }, overrides);

describe(onSample.name, () => {
  describe('permit standing (no_active_permit, permit_expired, permit_suspended)', () => {
    it('raises nothing for automated driving under an active, valid permit', () => {
      expect(run(drive(10)).signals).toEqual([]);
    });

    it('raises no_active_permit once for automated driving without a permit', () => {
      const { signals } = run(drive(10), null);
      expect(actions(signals)).toEqual(['raise no_active_permit']);
      expect(signals[0]?.severity).toBe('critical');
    });

    it('needs no permit for a manual drive', () => {
      expect(run(drive(10, T0, { controlMode: 'manual' }), null).signals).toEqual([]);
    });

    it('turns the next automated sample after a suspension into an alert, and clears on reinstatement', () => {
      const before = run(drive(5));
      expect(before.signals).toEqual([]);
      const suspended = permit({ status: 'suspended', statusReason: 'incident under review' });
      const during = run(drive(10, T0 + 5_000), suspended, before.state);
      expect(actions(during.signals)).toEqual(['raise permit_suspended']);
      expect(during.signals[0]?.timeMs).toBe(T0 + 5_000);
      expect(during.signals[0]?.facts).toMatchObject({ permitId: 'P-1', statusReason: 'incident under review' });
      const after = run(drive(3, T0 + 15_000), permit(), during.state);
      expect(actions(after.signals)).toEqual(['clear permit_suspended']);
    });

    it('counts a revoked permit as no active permit, saying so', () => {
      const { signals } = run(drive(3), permit({ status: 'revoked', statusReason: 'fraud' }));
      expect(actions(signals)).toEqual(['raise no_active_permit']);
      expect(signals[0]?.detail).toMatch(/revoked/);
    });

    it('raises permit_expired when the validity has ended, before the registry flips the status', () => {
      const ended = permit({ validToMs: T0 + 2_000 });
      const { signals } = run(drive(5), ended);
      expect(actions(signals)).toEqual(['raise permit_expired']);
      expect(signals[0]?.timeMs).toBe(T0 + 2_000);
      expect(actions(run(drive(2), permit({ status: 'expired' })).signals)).toEqual(['raise permit_expired']);
    });

    it('counts a permit that is not valid yet as no active permit', () => {
      expect(actions(run(drive(2), permit({ validFromMs: T0 + 60_000 })).signals)).toEqual(['raise no_active_permit']);
    });

    it('replaces one standing alert with another when the cause changes', () => {
      const suspended = run(drive(2), permit({ status: 'suspended' }));
      const revoked = run(drive(2, T0 + 2_000), permit({ status: 'revoked' }), suspended.state);
      expect(actions(revoked.signals)).toEqual(['clear permit_suspended', 'raise no_active_permit']);
    });

    it('clears when the vehicle leaves automation', () => {
      const none = run(drive(2), null, freshState());
      const manual = onSample(none.state, null, sample({ timeMs: T0 + 2_000, controlMode: 'manual' }));
      expect(actions(manual.signals)).toEqual(['clear no_active_permit']);
    });
  });
});
