import { useSyncExternalStore } from 'react';
import type { FleetStore, LiveConnection } from '@fleet/console-live';

/** Re-renders the caller whenever the store changes (about once a second); returns the store revision. */
export function useStoreVersion(store: FleetStore): number {
  return useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.version,
  );
}

export function useConnectionStatus(connection: LiveConnection) {
  return useSyncExternalStore(
    (onChange) => connection.subscribe(onChange),
    () => connection.status,
  );
}
