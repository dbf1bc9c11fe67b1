import { useSyncExternalStore } from 'react';
import type { LiveConnection } from '@fleet/console-live';

/** The live socket's status; re-renders the caller only when it changes (connect, drop, reconnect). */
export function useConnectionStatus(connection: LiveConnection) {
  return useSyncExternalStore(
    (onChange) => connection.subscribe(onChange),
    () => connection.status,
  );
}
