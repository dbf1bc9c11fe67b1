import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { useThrottledSelection, type FleetStore, type VehicleApi } from '@fleet/console-live';
import { recentReplayHref } from '@fleet/console-replay';
import type { VehicleSummary } from '@fleet/fleet-model';
import { useI18n } from '@fleet/console-i18n';
import { VehicleDetailPanel } from '@fleet/console-ui';

export type VehicleDetailContainerProps = {
  store: FleetStore;
  api: VehicleApi;
  vehicleId: string;
  onClose: () => void;
  /** Sections under the live fields (vehicle credentials), given the vehicle as the store knows it. */
  renderSections?: (vehicle: VehicleSummary) => ReactNode;
  /** How often the extended fields (SOC, odometer, safety officer) are refreshed from the API. */
  refreshMs?: number;
};

/**
 * Live detail of the selected vehicle: position/mode/fault from the live updates (at most once a second, so the
 * panel lags the map by less than that), the rest refreshed from REST.
 */
export function VehicleDetailContainer({
  store,
  api,
  vehicleId,
  onClose,
  renderSections,
  refreshMs = 10_000,
}: VehicleDetailContainerProps) {
  const { t } = useI18n();
  const selectVehicle = useCallback((s: FleetStore) => s.vehicleById(vehicleId), [vehicleId]);
  const vehicle = useThrottledSelection(store, selectVehicle);
  const [loadError, setLoadError] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const refresh = () => {
      api
        .vehicle(vehicleId, controller.signal)
        .then((summary) => {
          store.mergeDetails(summary);
          setLoadError(false);
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn('[console] vehicle detail refresh failed', error);
          setLoadError(true);
        });
    };
    refresh();
    const timer = setInterval(refresh, refreshMs);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [api, store, vehicleId, refreshMs]);

  if (!vehicle) return null;
  return (
    <VehicleDetailPanel vehicle={vehicle} loadError={loadError} onClose={onClose}>
      {/* The last hour of its history, opened in the replay page (the link is computed when clicked). */}
      <Button
        block
        style={{ marginTop: 8 }}
        data-testid="vehicle-replay"
        onClick={() => {
          window.location.hash = recentReplayHref(vehicle.id, Date.now());
        }}
      >
        {t('replay.open')}
      </Button>
      {renderSections?.(vehicle)}
    </VehicleDetailPanel>
  );
}
