import { useThrottledSelection, type FleetStore } from '@fleet/console-live';

const layoutVersionOf = (store: FleetStore): number => store.layoutVersion;

/** Changes (at most once a second) when vehicles join or leave the fleet, not on their moves. */
export function useFleetLayoutVersion(store: FleetStore): number {
  return useThrottledSelection(store, layoutVersionOf);
}
