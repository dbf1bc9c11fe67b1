import { useThrottledSelection, type AlertStore } from '@fleet/console-live';

const versionOf = (store: AlertStore): number => store.version;

/**
 * Re-renders the caller when alerts are loaded, pushed or acted on, at most once a second (READOUT_INTERVAL_MS):
 * thousands of vehicles push several alerts a second, and the list lags them by less than that.
 */
export function useAlertStoreVersion(store: AlertStore): number {
  return useThrottledSelection(store, versionOf);
}
