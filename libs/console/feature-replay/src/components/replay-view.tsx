import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Flex, Spin, Typography } from 'antd';
import { errorMessageKey, useRemoteData } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import {
  BasemapLabelsLayer,
  BasemapLayers,
  MapView,
  RasterTileLayer,
  type RasterTileLayerProps,
} from '@fleet/console-map';
import { LAYOUT } from '@fleet/console-ui';
import { PALETTE } from '@fleet/console-tokens';
import { loadReplay } from '../state/load-replay.js';
import { ReplayPlayer } from '../state/replay-player.js';
import { installReplayTestHook } from '../state/replay-test-hook.js';
import type { ReplayData } from '../types/replay-data.js';
import type { ReplayQuery } from '../types/replay-query.js';
import type { ReplaySources } from '../types/replay-sources.js';
import type { TimelineMarker } from '../types/timeline-marker.js';
import { ReplayCharts } from './replay-charts.js';
import { ReplayControls } from './replay-controls.js';
import { ReplayMapLayers } from './replay-map-layers.js';
import { ReplayTimeline } from './replay-timeline.js';

export type ReplayViewProps = {
  sources: ReplaySources;
  query: ReplayQuery;
  /** Optional raster tiles under the basemap (the deployment's setting). */
  raster: RasterTileLayerProps | null;
  /** Marks added to the loaded events and alerts (an incident's instant). */
  extraMarkers?: readonly TimelineMarker[];
  /** Starts playing as soon as the data is there. */
  autoPlay?: boolean;
  /** Offered as 在此时刻上报事件 for the followed vehicle at the replay time (roles that may open incidents). */
  onReportAt?: (vehicleId: string, timeMs: number) => void;
};

const CHARTS_WIDTH = 340;

function withMarkers(data: ReplayData, extra: readonly TimelineMarker[]): ReplayData {
  return extra.length === 0
    ? data
    : { ...data, markers: [...data.markers, ...extra].sort((a, b) => a.timeMs - b.timeMs) };
}

/** Map, charts, controls and timeline of one loaded replay; the player lives as long as its data. */
function LoadedReplay({
  data,
  startMs,
  raster,
  autoPlay,
  onReportAt,
}: {
  data: ReplayData;
  startMs: number | null;
  raster: RasterTileLayerProps | null;
  autoPlay: boolean;
  onReportAt: ((vehicleId: string, timeMs: number) => void) | undefined;
}) {
  const { t } = useI18n();
  const [player] = useState(() => new ReplayPlayer(data, startMs));
  const [mapReady, setMapReady] = useState(false);

  useEffect(() => {
    player.start();
    return () => player.stop();
  }, [player]);

  useEffect(() => installReplayTestHook(player, () => mapReady), [player, mapReady]);

  useEffect(() => {
    if (autoPlay && mapReady) player.play();
  }, [autoPlay, mapReady, player]);

  const onReady = useCallback((map: unknown) => setMapReady(map !== null), []);
  const downsampled = data.vehicles.filter((v) => v.track.bucketMs !== null);
  const empty = data.vehicles.every((v) => v.track.timeMs.length === 0);

  return (
    <Flex
      vertical
      gap={8}
      style={{ height: '100%', minHeight: 0 }}
      data-testid="replay-view"
      data-ready={mapReady ? 'true' : 'false'}
    >
      {data.missing.length > 0 ? (
        <Alert type="warning" showIcon title={t('replay.missing', { ids: data.missing.join('、') })} />
      ) : null}
      {data.eventsTruncated ? <Alert type="info" showIcon title={t('replay.eventsTruncated')} /> : null}
      {empty ? <Alert type="info" showIcon data-testid="replay-empty" title={t('replay.noData')} /> : null}
      {downsampled.map((v) => (
        <Typography.Text key={v.id} type="secondary" style={{ fontSize: 12 }}>
          {t('replay.downsampled', { plate: v.plate, seconds: Math.round((v.track.bucketMs ?? 0) / 1_000) })}
        </Typography.Text>
      ))}
      <Flex gap={LAYOUT.gap} style={{ flex: 1, minHeight: 260 }}>
        <div
          style={{
            position: 'relative',
            flex: 1,
            minWidth: 0,
            borderRadius: LAYOUT.radius,
            overflow: 'hidden',
            border: `1px solid ${PALETTE.border}`,
          }}
        >
          <MapView onReady={onReady}>
            {raster ? (
              <RasterTileLayer url={raster.url} tileSize={raster.tileSize} attribution={raster.attribution} />
            ) : null}
            <BasemapLayers />
            <BasemapLabelsLayer />
            <ReplayMapLayers player={player} />
          </MapView>
        </div>
        <div style={{ width: CHARTS_WIDTH, flexShrink: 0, overflowY: 'auto' }}>
          <ReplayCharts player={player} />
        </div>
      </Flex>
      <ReplayControls player={player} onReportAt={onReportAt} />
      <ReplayTimeline player={player} />
    </Flex>
  );
}

/**
 * The replay of some vehicles over a range: loads their tracks (downsampled by the server for long ranges),
 * events and alerts, then plays them on one clock. Used by the replay page and by an incident's page.
 */
export function ReplayView({
  sources,
  query,
  raster,
  extraMarkers = [],
  autoPlay = false,
  onReportAt,
}: ReplayViewProps) {
  const { t } = useI18n();
  const { vehicleIds, fromMs, toMs } = query;
  const key = `${vehicleIds.join(',')}|${fromMs}|${toMs}`;
  // Keyed by the query's content, so a new query object naming the same replay loads nothing again.
  const load = useCallback(
    (signal: AbortSignal) => {
      const [ids = '', from = '0', to = '0'] = key.split('|');
      return loadReplay(
        sources,
        { vehicleIds: ids.split(','), fromMs: Number(from), toMs: Number(to), atMs: null },
        signal,
      );
    },
    [sources, key],
  );
  const replay = useRemoteData(load, 'replay');
  const data = useMemo(
    () => (replay.data ? withMarkers(replay.data, extraMarkers) : null),
    [replay.data, extraMarkers],
  );

  if (replay.error) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="replay-error"
        title={`${t('replay.loadFailed')}：${t(errorMessageKey(replay.error))}`}
      />
    );
  }
  if (!data) {
    return (
      <Flex vertical align="center" justify="center" gap={8} style={{ height: '100%', minHeight: 200 }}>
        <Spin />
        <Typography.Text type="secondary">{t('replay.loading')}</Typography.Text>
      </Flex>
    );
  }
  return (
    <LoadedReplay
      key={key}
      data={data}
      startMs={query.atMs}
      raster={raster}
      autoPlay={autoPlay}
      onReportAt={onReportAt}
    />
  );
}
