import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AuthSession } from '@fleet/console-auth';
import type { VehicleCategory, VehicleSummary } from '@fleet/fleet-model';
import { useI18n } from '@fleet/console-i18n';
import {
  ConnectionIndicator,
  ConsoleLayout,
  FleetCountsBar,
  LAYOUT,
  MapLegend,
  type ConsoleChrome,
} from '@fleet/console-ui';
import { useConnectionStatus, useStoreVersion } from '../hooks/use-store-version.js';
import { createConsoleRuntime, type ConsoleRuntime } from '../state/console-runtime.js';
import { installTestHook } from '../state/test-hook.js';
import type { ConsoleConfig } from '../utils/console-config.js';
import { BasemapLabelsLayer } from './basemap-labels-layer.js';
import { BasemapLayers } from './basemap-layers.js';
import { MapView } from './map-view.js';
import { RasterTileLayer } from './raster-tile-layer.js';
import { VehicleDetailContainer } from './vehicle-detail-container.js';
import { VehicleSearchContainer } from './vehicle-search-container.js';
import { VehiclesLayer } from './vehicles-layer.js';

export type LiveMapPageProps = {
  config: ConsoleConfig;
  /** Authorizes the REST and socket traffic of the page. */
  session: AuthSession;
  /** Page menu and account block of the header. */
  chrome: ConsoleChrome;
  /** Further sections of the vehicle panel (credentials, for roles that manage them). */
  renderVehicleSections?: (vehicle: VehicleSummary) => ReactNode;
};

const FLY_TO_MIN_ZOOM = 16;

/** The live supervision page: header with counts and search, the map with all vehicles, legend and detail panel. */
export function LiveMapPage({ config, session, chrome, renderVehicleSections }: LiveMapPageProps) {
  const { t } = useI18n();
  const [runtime] = useState<ConsoleRuntime>(() => createConsoleRuntime(config, session));
  const { store, connection, api, stats } = runtime;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hiddenCategories, setHiddenCategories] = useState<ReadonlySet<VehicleCategory>>(() => new Set());
  const mapRef = useRef<MaplibreMap | null>(null);
  useStoreVersion(store);
  const status = useConnectionStatus(connection);
  const counts = store.counts();

  useEffect(() => {
    const uninstall = installTestHook(runtime);
    runtime.connection.start();
    return () => {
      runtime.connection.stop();
      uninstall();
    };
  }, [runtime]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  const onMapReady = useCallback(
    (map: MaplibreMap | null) => {
      mapRef.current = map;
      stats.mapLoaded = map !== null;
    },
    [stats],
  );

  const select = useCallback((id: string) => setSelectedId(id), []);

  const flyTo = useCallback(
    (id: string) => {
      setSelectedId(id);
      const v = store.vehicleById(id);
      const map = mapRef.current;
      if (!map || !v?.state) return;
      setHiddenCategories((hidden) => {
        if (!hidden.has(v.category)) return hidden;
        const next = new Set(hidden);
        next.delete(v.category);
        return next;
      });
      map.flyTo({
        center: [v.state.lonDeg, v.state.latDeg],
        zoom: Math.max(map.getZoom(), FLY_TO_MIN_ZOOM),
        essential: true,
      });
    },
    [store],
  );

  const toggleCategory = useCallback((category: VehicleCategory) => {
    setHiddenCategories((hidden) => {
      const next = new Set(hidden);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  }, []);

  return (
    <ConsoleLayout
      chrome={chrome}
      toolbar={
        <>
          <div style={{ flex: 1, minWidth: 0 }}>
            <FleetCountsBar counts={counts} />
          </div>
          {/* The counts give way (they clip) when the header is narrow; the search box keeps its width. */}
          <div style={{ flexShrink: 0 }}>
            <VehicleSearchContainer store={store} api={api} onFound={flyTo} />
          </div>
          <ConnectionIndicator state={status} />
        </>
      }
    >
      <MapView onReady={onMapReady}>
        {config.rasterTileUrl ? (
          <RasterTileLayer
            url={config.rasterTileUrl}
            tileSize={config.rasterTileSize}
            attribution={config.rasterAttribution}
          />
        ) : null}
        <BasemapLayers />
        <BasemapLabelsLayer />
        <VehiclesLayer
          store={store}
          stats={stats}
          hiddenCategories={hiddenCategories}
          selectedId={selectedId}
          onPick={select}
        />
      </MapView>
      <div style={{ position: 'absolute', left: LAYOUT.gap, bottom: LAYOUT.gap, zIndex: 1 }}>
        <MapLegend
          hiddenCategories={hiddenCategories}
          onToggleCategory={toggleCategory}
          onlineByCategory={counts.onlineByCategory}
        />
      </div>
      {selectedId ? (
        <div
          style={{
            position: 'absolute',
            top: LAYOUT.gap,
            right: LAYOUT.gap,
            width: LAYOUT.panelWidth,
            maxHeight: `calc(100% - ${LAYOUT.gap * 2}px)`,
            overflowY: 'auto',
            zIndex: 2,
          }}
        >
          <VehicleDetailContainer
            store={store}
            api={api}
            vehicleId={selectedId}
            onClose={() => setSelectedId(null)}
            renderSections={renderVehicleSections}
          />
        </div>
      ) : null}
    </ConsoleLayout>
  );
}
