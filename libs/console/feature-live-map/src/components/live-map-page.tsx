import { useCallback, useEffect, useRef, useState } from 'react';
import { Flex, Layout, Typography } from 'antd';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AuthUser } from '@fleet/auth-model';
import type { AuthSession } from '@fleet/console-auth';
import type { VehicleCategory } from '@fleet/fleet-model';
import { useI18n } from '@fleet/console-i18n';
import { ConnectionIndicator, CurrentUser, FleetCountsBar, LAYOUT, LanguageSwitch, MapLegend } from '@fleet/console-ui';
import { PALETTE } from '@fleet/console-tokens';
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
  /** Authorizes the REST and socket traffic of the page, and signs out. */
  session: AuthSession;
  user: AuthUser;
};

const FLY_TO_MIN_ZOOM = 16;

/** The live supervision page: header with counts and search, the map with all vehicles, legend and detail panel. */
export function LiveMapPage({ config, session, user }: LiveMapPageProps) {
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

  const logout = useCallback(() => {
    session.logout().catch((error: unknown) => console.error('[console] logout failed', error));
  }, [session]);

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
    <Layout style={{ height: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          borderBottom: `1px solid ${PALETTE.border}`,
          lineHeight: 'normal',
        }}
      >
        <Flex vertical style={{ minWidth: 0, flexShrink: 0 }}>
          <Typography.Title level={5} style={{ margin: 0, whiteSpace: 'nowrap' }} data-testid="app-title">
            {t('app.title')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t('app.subtitle')}
          </Typography.Text>
        </Flex>
        <div style={{ flex: 1, minWidth: 0 }}>
          <FleetCountsBar counts={counts} />
        </div>
        <VehicleSearchContainer store={store} api={api} onFound={flyTo} />
        <ConnectionIndicator state={status} />
        <LanguageSwitch />
        <CurrentUser displayName={user.displayName} role={user.role} onLogout={logout} />
      </Layout.Header>
      <Layout.Content style={{ position: 'relative' }}>
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
            />
          </div>
        ) : null}
      </Layout.Content>
    </Layout>
  );
}
