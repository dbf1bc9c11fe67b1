import { useSyncExternalStore } from 'react';
import type { ReplayPlayer } from '../state/replay-player.js';

/** The followed vehicle, re-rendering the caller when another is picked. */
export function useFollowId(player: ReplayPlayer): string | null {
  return useSyncExternalStore(
    (onChange) => player.onFollowChange(onChange),
    () => player.followId,
  );
}
