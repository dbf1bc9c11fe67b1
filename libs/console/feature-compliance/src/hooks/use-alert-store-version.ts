import { useSyncExternalStore } from 'react';
import type { AlertStore } from '@fleet/console-live';

/** Re-renders the caller whenever an alert is loaded, pushed or acted on; returns the store revision. */
export function useAlertStoreVersion(store: AlertStore): number {
  return useSyncExternalStore(
    (onChange) => store.subscribe(onChange),
    () => store.version,
  );
}
