import { describe, expect, it } from 'vitest';
import { onSample } from '../evaluate.js';
import { actions, freshState, permit, run, straightTrack, T0 } from '../testing/factories.js';

const noOfficer = (count = 5, overrides = {}) => straightTrack({ count }, { safetyOfficerId: null, ...overrides });

describe(onSample.name, () => {
  describe('driverless_not_permitted and safety_officer_missing', () => {
    it('raises nothing with a safety officer on board, whatever the permit says', () => {
      const strict = permit({ driverlessAllowed: false, safetyOfficerRequired: true });
      expect(run(straightTrack({ count: 5 }), strict).signals).toEqual([]);
    });

    it('raises only driverless_not_permitted when the permit allows no driverless operation', () => {
      const strict = permit({ driverlessAllowed: false, safetyOfficerRequired: true });
      const { signals } = run(noOfficer(20), strict);
      expect(actions(signals)).toEqual(['raise driverless_not_permitted']);
      expect(signals[0]?.facts).toMatchObject({ driverlessAllowed: false, safetyOfficerRequired: true });
    });

    it('raises safety_officer_missing when driverless is allowed but an officer must be on board', () => {
      const { signals } = run(noOfficer(20), permit({ safetyOfficerRequired: true }));
      expect(actions(signals)).toEqual(['raise safety_officer_missing']);
    });

    it('allows driverless operation where the permit and the vehicle allow it', () => {
      expect(run(noOfficer(20), permit({ driverlessAllowed: true, safetyOfficerRequired: false })).signals).toEqual([]);
    });

    it('raises driverless_not_permitted for a vehicle not registered as driverless, even with a driverless permit', () => {
      const { signals } = run(noOfficer(3), permit(), freshState({ driverlessCapable: false }));
      expect(actions(signals)).toEqual(['raise driverless_not_permitted']);
      expect(signals[0]?.detail).toMatch(/not registered/);
    });

    it('counts a blank officer id as nobody on board, and remote driving as driverless', () => {
      const strict = permit({ driverlessAllowed: false });
      expect(actions(run(noOfficer(3, { safetyOfficerId: '  ' }), strict).signals)).toEqual([
        'raise driverless_not_permitted',
      ]);
      expect(actions(run(noOfficer(3, { controlMode: 'remote' }), strict).signals)).toEqual([
        'raise driverless_not_permitted',
      ]);
    });

    it('does not apply to manual driving', () => {
      expect(run(noOfficer(5, { controlMode: 'manual' }), permit({ driverlessAllowed: false })).signals).toEqual([]);
    });

    it('clears when an officer is back on board', () => {
      const strict = permit({ driverlessAllowed: false });
      const alone = run(noOfficer(3), strict);
      const back = run(straightTrack({ count: 2, startMs: T0 + 3_000 }), strict, alone.state);
      expect(actions(back.signals)).toEqual(['clear driverless_not_permitted']);
    });
  });
});
