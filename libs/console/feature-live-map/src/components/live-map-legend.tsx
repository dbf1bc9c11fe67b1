import type { FleetStore } from '@fleet/console-live';
import type { VehicleCategory } from '@fleet/fleet-model';
import { MapLegend } from '@fleet/console-ui';
import { useFleetCounts } from '../hooks/use-fleet-counts.js';

export type LiveMapLegendProps = {
  store: FleetStore;
  hiddenCategories: ReadonlySet<VehicleCategory>;
  onToggleCategory: (category: VehicleCategory) => void;
  zonesVisible: boolean;
  onToggleZones: () => void;
};

/** The map legend with online counts per category, re-rendered at most once a second (not per live update). */
export function LiveMapLegend({
  store,
  hiddenCategories,
  onToggleCategory,
  zonesVisible,
  onToggleZones,
}: LiveMapLegendProps) {
  const counts = useFleetCounts(store);
  return (
    <MapLegend
      hiddenCategories={hiddenCategories}
      onToggleCategory={onToggleCategory}
      onlineByCategory={counts.onlineByCategory}
      zonesVisible={zonesVisible}
      onToggleZones={onToggleZones}
    />
  );
}
