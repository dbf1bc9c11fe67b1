import { describe, expect, it, vi } from 'vitest';
import { KnownVehicles } from './known-vehicles.js';

describe(KnownVehicles.name, () => {
  it('accepts a vehicle registered after the last refresh, refreshing at most once per interval', async () => {
    let now = 0;
    const registry = ['A'];
    const load = vi.fn(() => Promise.resolve([...registry]));
    const known = new KnownVehicles(
      load,
      () => undefined,
      1_000,
      () => now,
    );
    await known.refresh();
    registry.push('B');
    now = 500;
    expect(await known.has('B')).toBe(false);
    now = 1_600;
    expect(await known.has('B')).toBe(true);
    expect(await known.has('GHOST')).toBe(false);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps answering from the last good list while the registry cannot be read', async () => {
    let now = 0;
    let fail = false;
    const failed = vi.fn();
    const known = new KnownVehicles(
      () => (fail ? Promise.reject(new Error('database down')) : Promise.resolve(['A'])),
      failed,
      1_000,
      () => now,
    );
    await known.refresh();
    fail = true;
    now = 5_000;
    expect(await known.has('A')).toBe(true);
    expect(await known.has('B')).toBe(false);
    expect(failed).toHaveBeenCalledOnce();
  });

  it('waits for a refresh under way before calling a vehicle unknown (one registered a moment ago)', async () => {
    let release: (ids: string[]) => void = () => undefined;
    const known = new KnownVehicles(
      () => new Promise<string[]>((resolve) => (release = resolve)),
      () => undefined,
      1_000,
      () => 0,
    );
    const refreshing = known.refresh();
    const answer = known.has('NEW-1');
    release(['NEW-1']);
    await refreshing;
    expect(await answer).toBe(true);
  });
});
