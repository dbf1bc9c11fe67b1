import { sameFleetCounts, useThrottledSelection, type FleetCounts, type FleetStore } from '@fleet/console-live';

const countsOf = (store: FleetStore): FleetCounts => store.counts();
const options = { equals: sameFleetCounts };

/** Online / offline counts for the header and legend, refreshed at most once a second (READOUT_INTERVAL_MS). */
export function useFleetCounts(store: FleetStore): FleetCounts {
  return useThrottledSelection(store, countsOf, options);
}
