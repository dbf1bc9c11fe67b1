import { describe, expect, it } from 'vitest';
import { isDriverless } from './operating.js';
import { RemoteOfficerLoad } from './remote-officer-load.js';
import { DEFAULT_RULE_SETTINGS } from './settings.js';
import type { RuleSignal } from './signal.js';
import { sample, T0 } from './testing/factories.js';

const brief = (signals: readonly RuleSignal[]): string[] => signals.map((s) => `${s.action} ${s.vehicleId}`);

function loadWith(count: number, officer = 'RO-1'): RemoteOfficerLoad {
  const load = new RemoteOfficerLoad();
  for (let i = 1; i <= count; i++) load.update(`V${i}`, officer, true, T0);
  return load;
}

describe(RemoteOfficerLoad.name, () => {
  it('raises nothing for an officer with three driverless vehicles', () => {
    const load = new RemoteOfficerLoad();
    const signals = ['V1', 'V2', 'V3'].flatMap((v) => load.update(v, 'RO-1', true, T0));
    expect(signals).toEqual([]);
    expect(load.loadOf('RO-1')).toBe(3);
  });

  it('raises on each of the four vehicles when a fourth joins, and only on newcomers after that', () => {
    const load = loadWith(3);
    const fourth = load.update('V4', 'RO-1', true, T0 + 1_000);
    expect(brief(fourth).sort()).toEqual(['raise V1', 'raise V2', 'raise V3', 'raise V4']);
    expect(fourth[0]).toMatchObject({
      kind: 'remote_officer_overloaded',
      severity: 'warning',
      facts: { remoteOfficerId: 'RO-1', driverlessVehicles: 4, maxDriverlessVehicles: 3 },
    });
    expect(brief(load.update('V5', 'RO-1', true, T0 + 2_000))).toEqual(['raise V5']);
    expect(load.update('V1', 'RO-1', true, T0 + 3_000)).toEqual([]);
  });

  it('clears every vehicle of the officer when one stops being driverless', () => {
    const load = loadWith(4);
    expect(brief(load.update('V2', 'RO-1', false, T0 + 5_000)).sort()).toEqual([
      'clear V1',
      'clear V2',
      'clear V3',
      'clear V4',
    ]);
    expect(load.loadOf('RO-1')).toBe(3);
  });

  it('does not count vehicles with a safety officer on board or without a remote officer', () => {
    const load = loadWith(3);
    const onBoard = sample({ safetyOfficerId: 'SO-1', remoteOfficerId: 'RO-1' });
    expect(load.update('V9', onBoard.remoteOfficerId, isDriverless(onBoard, DEFAULT_RULE_SETTINGS), T0)).toEqual([]);
    expect(load.update('V8', ' ', true, T0)).toEqual([]);
    expect(load.loadOf('RO-1')).toBe(3);
  });

  it('drops vehicles not reported for the stale time, clearing the overload', () => {
    const load = loadWith(4);
    for (const v of ['V1', 'V2', 'V3']) load.update(v, 'RO-1', true, T0 + 50_000);
    expect(load.expire(T0 + 59_999)).toEqual([]);
    expect(brief(load.expire(T0 + 60_000)).sort()).toEqual(['clear V1', 'clear V2', 'clear V3', 'clear V4']);
  });

  it('moves a vehicle between officers, clearing the old overload without loading the new officer', () => {
    const load = loadWith(4);
    const moved = load.update('V4', 'RO-2', true, T0 + 1_000);
    expect(brief(moved).sort()).toEqual(['clear V1', 'clear V2', 'clear V3', 'clear V4']);
    expect(load.loadOf('RO-2')).toBe(1);
  });

  it('survives a snapshot and restore', () => {
    const load = loadWith(4);
    const restored = RemoteOfficerLoad.restore(
      JSON.parse(JSON.stringify(load.snapshot())) as ReturnType<typeof load.snapshot>,
    );
    expect(restored.update('V1', 'RO-1', true, T0 + 1_000)).toEqual([]);
    expect(brief(restored.update('V1', null, false, T0 + 2_000)).sort()).toEqual([
      'clear V1',
      'clear V2',
      'clear V3',
      'clear V4',
    ]);
  });

  it('takes the ratio from the settings', () => {
    const strict = new RemoteOfficerLoad({ ...DEFAULT_RULE_SETTINGS, maxDriverlessPerRemoteOfficer: 1 });
    expect(strict.update('V1', 'RO-1', true, T0)).toEqual([]);
    expect(brief(strict.update('V2', 'RO-1', true, T0))).toEqual(['raise V1', 'raise V2']);
  });
});
