import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AlertView } from '@fleet/alerts-model';
import type { AdminApi } from '@fleet/console-admin-api';
import type { AuthSession } from '@fleet/console-auth';
import { BasemapLabelsLayer, BasemapLayers, MapView, RasterTileLayer } from '@fleet/console-map';
import type { VehicleCategory, VehicleSummary } from '@fleet/fleet-model';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, LAYOUT, type ConsoleChrome } from '@fleet/console-ui';
import { useZones } from '../hooks/use-zones.js';
import { createConsoleRuntime, type ConsoleRuntime } from '../state/console-runtime.js';
import { installTestHook } from '../state/test-hook.js';
import type { ConsoleConfig } from '../utils/console-config.js';
import { hrefOfPage } from '../utils/console-route.js';
import { FleetCountsContainer } from './fleet-counts-container.js';
import { LiveAlertPanel } from './live-alert-panel.js';
import { LiveConnectionIndicator } from './live-connection-indicator.js';
import { LiveMapLegend } from './live-map-legend.js';
import { VehicleDetailContainer } from './vehicle-detail-container.js';
import { VehicleSearchContainer } from './vehicle-search-container.js';
import { VehiclesLayer } from './vehicles-layer.js';
import { ZonesLayer } from './zones-layer.js';

export type LiveMapPageProps = {
  config: ConsoleConfig;
  /** Authorizes the REST and socket traffic of the page. */
  session: AuthSession;
  /** Page menu and account block of the header. */
  chrome: ConsoleChrome;
  /** Further sections of the vehicle panel (credentials, for roles that manage them). */
  renderVehicleSections?: (vehicle: VehicleSummary) => ReactNode;
  /** REST clients of the session: alerts (panel) and zones (map layer). */
  api: AdminApi;
  /** The alert panel offers acknowledge / resolve (not to the assessor). */
  mayActOnAlerts: boolean;
};

const FLY_TO_MIN_ZOOM = 16;
/** Height kept free at the bottom right for maplibre's zoom buttons and scale bar. */
const MAP_CONTROLS_HEIGHT = 130;

/**
 * The live supervision page: header with counts and search, the map with all vehicles, legend and detail panel.
 * It does not re-render on live updates: the map layer reads the store every frame, and each readout (counts,
 * legend, alerts, vehicle panel) subscribes to its own slice, at most once a second.
 */
export function LiveMapPage({
  config,
  session,
  chrome,
  renderVehicleSections,
  api: adminApi,
  mayActOnAlerts,
}: LiveMapPageProps) {
  const { t } = useI18n();
  const [runtime] = useState<ConsoleRuntime>(() => createConsoleRuntime(config, session));
  const { store, alerts, connection, api, stats } = runtime;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hiddenCategories, setHiddenCategories] = useState<ReadonlySet<VehicleCategory>>(() => new Set());
  const [zonesVisible, setZonesVisible] = useState(true);
  const zones = useZones(adminApi.zones);
  const mapRef = useRef<MaplibreMap | null>(null);

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

  /** Shows the vehicle's category again if the legend hid it, so the selected vehicle is drawn. */
  const reveal = useCallback((category: VehicleCategory) => {
    setHiddenCategories((hidden) => {
      if (!hidden.has(category)) return hidden;
      const next = new Set(hidden);
      next.delete(category);
      return next;
    });
  }, []);

  const flyToPoint = useCallback((lonDeg: number, latDeg: number) => {
    const map = mapRef.current;
    if (!map) return;
    map.flyTo({ center: [lonDeg, latDeg], zoom: Math.max(map.getZoom(), FLY_TO_MIN_ZOOM), essential: true });
  }, []);

  const flyTo = useCallback(
    (id: string) => {
      setSelectedId(id);
      const v = store.vehicleById(id);
      if (!v?.state) return;
      reveal(v.category);
      flyToPoint(v.state.lonDeg, v.state.latDeg);
    },
    [store, reveal, flyToPoint],
  );

  /** An alert clicked in the panel: where it was raised (else where the vehicle is), with the vehicle's panel open. */
  const showAlert = useCallback(
    (alert: AlertView) => {
      setSelectedId(alert.vehicleId);
      const v = store.vehicleById(alert.vehicleId);
      if (v) reveal(v.category);
      if (alert.lonDeg !== null && alert.latDeg !== null) flyToPoint(alert.lonDeg, alert.latDeg);
      else if (v?.state) flyToPoint(v.state.lonDeg, v.state.latDeg);
    },
    [store, reveal, flyToPoint],
  );

  const toggleCategory = useCallback((category: VehicleCategory) => {
    setHiddenCategories((hidden) => {
      const next = new Set(hidden);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  }, []);

  const toggleZones = useCallback(() => setZonesVisible((v) => !v), []);
  const closeDetail = useCallback(() => setSelectedId(null), []);

  return (
    <ConsoleLayout
      chrome={chrome}
      toolbar={
        <>
          <div style={{ flex: 1, minWidth: 0 }}>
            <FleetCountsContainer store={store} />
          </div>
          {/* The counts give way (they clip) when the header is narrow; the search box keeps its width. */}
          <div style={{ flexShrink: 0 }}>
            <VehicleSearchContainer store={store} api={api} onFound={flyTo} />
          </div>
          <LiveConnectionIndicator connection={connection} />
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
        <ZonesLayer zones={zones} visible={zonesVisible} stats={stats} />
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
        <LiveMapLegend
          store={store}
          hiddenCategories={hiddenCategories}
          onToggleCategory={toggleCategory}
          zonesVisible={zonesVisible}
          onToggleZones={toggleZones}
        />
      </div>
      {/* Right dock: the alert panel at the edge, the vehicle panel beside it; clicks pass through the gaps. */}
      <div
        style={{
          position: 'absolute',
          top: LAYOUT.gap,
          right: LAYOUT.gap,
          // Leaves the zoom buttons and scale bar (bottom right) uncovered.
          bottom: MAP_CONTROLS_HEIGHT,
          display: 'flex',
          flexDirection: 'row-reverse',
          alignItems: 'flex-start',
          gap: LAYOUT.gap,
          pointerEvents: 'none',
          zIndex: 2,
        }}
      >
        <div style={{ width: LAYOUT.panelWidth, maxHeight: '100%', display: 'flex', pointerEvents: 'auto' }}>
          <LiveAlertPanel
            alerts={alerts}
            store={store}
            api={adminApi.alerts}
            connection={connection}
            mayAct={mayActOnAlerts}
            onSelect={showAlert}
            historyHref={hrefOfPage('alerts')}
          />
        </div>
        {selectedId ? (
          <div style={{ width: LAYOUT.panelWidth, maxHeight: '100%', overflowY: 'auto', pointerEvents: 'auto' }}>
            <VehicleDetailContainer
              store={store}
              api={api}
              vehicleId={selectedId}
              onClose={closeDetail}
              renderSections={renderVehicleSections}
            />
          </div>
        ) : null}
      </div>
    </ConsoleLayout>
  );
}
