import type { FleetStore } from '@fleet/console-live';
import { FleetCountsBar } from '@fleet/console-ui';
import { useFleetCounts } from '../hooks/use-fleet-counts.js';

export type FleetCountsContainerProps = { store: FleetStore };

/** The header counts, re-rendered at most once a second and only when a count changed (not per live update). */
export function FleetCountsContainer({ store }: FleetCountsContainerProps) {
  return <FleetCountsBar counts={useFleetCounts(store)} />;
}
