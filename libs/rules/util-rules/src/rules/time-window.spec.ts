import { describe, expect, it } from 'vitest';
import { onSample } from '../evaluate.js';
import { actions, localTime, permit, run, sample } from '../testing/factories.js';

// Default windows: 08:40–11:30 and 13:00–16:00 local (UTC+8).
const at = (hh: number, mm: number, ss = 0, overrides = {}) => sample({ timeMs: localTime(hh, mm, ss), ...overrides });

describe(onSample.name, () => {
  describe('outside_time_window', () => {
    it('allows the first instant of a window and the last second before its end', () => {
      expect(run([at(8, 40, 0), at(11, 29, 59), at(13, 0, 0), at(15, 59, 59)]).signals).toEqual([]);
    });

    it('raises one second before a window opens and at the instant it closes', () => {
      expect(actions(run([at(8, 39, 59)]).signals)).toEqual(['raise outside_time_window']);
      expect(actions(run([at(11, 30, 0)]).signals)).toEqual(['raise outside_time_window']);
    });

    it('raises once over a lunch break and clears when the afternoon window opens', () => {
      const day = [
        at(11, 29, 58),
        at(11, 29, 59),
        at(11, 30, 0),
        at(11, 30, 1),
        at(12, 15, 0),
        at(12, 59, 59),
        at(13, 0, 0),
      ];
      const { signals } = run(day);
      expect(actions(signals)).toEqual(['raise outside_time_window', 'clear outside_time_window']);
      expect(signals[0]?.timeMs).toBe(localTime(11, 30, 0));
      expect(signals[0]?.facts).toMatchObject({ localTime: '11:30:00', timeWindows: '08:40-11:30, 13:00-16:00' });
      expect(signals[1]?.timeMs).toBe(localTime(13, 0, 0));
    });

    it('still applies to a vehicle standing still under automation (a stop at a red light is still testing)', () => {
      expect(actions(run([at(12, 0, 0, { speedMps: 0 })]).signals)).toEqual(['raise outside_time_window']);
    });

    it('does not apply while a human drives', () => {
      expect(run([at(20, 0, 0, { controlMode: 'manual' })]).signals).toEqual([]);
    });

    it('allows every hour when the permit lists no windows', () => {
      expect(run([at(3, 0, 0), at(23, 59, 59)], permit({ timeWindows: [] })).signals).toEqual([]);
    });

    it('supports a night window that wraps past midnight', () => {
      const night = permit({ timeWindows: [{ start: '22:00', end: '02:00' }] });
      expect(run([at(22, 0, 0), at(23, 30, 0)], night).signals).toEqual([]);
      expect(run([at(1, 59, 59)], night).signals).toEqual([]);
      expect(actions(run([at(2, 0, 0)], night).signals)).toEqual(['raise outside_time_window']);
      expect(actions(run([at(21, 59, 59)], night).signals)).toEqual(['raise outside_time_window']);
    });

    it('fails closed on a malformed window instead of allowing every hour', () => {
      const broken = permit({ timeWindows: [{ start: '8:40', end: '11:30' }] });
      expect(actions(run([at(10, 0, 0)], broken).signals)).toEqual(['raise outside_time_window']);
    });
  });
});
