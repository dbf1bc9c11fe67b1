import { useSyncExternalStore } from 'react';
import type { ReplayClock } from '../utils/replay-clock.js';

/** Re-renders on play / pause / speed / seek (never per frame); returns the clock's change count. */
export function useClockState(clock: ReplayClock): number {
  return useSyncExternalStore(
    (onChange) => clock.subscribe(onChange),
    () => clock.version,
  );
}
