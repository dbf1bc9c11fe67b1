import { useEffect, useMemo } from 'react';
import { Card, Empty, Flex } from 'antd';
import type { AdminApi } from '@fleet/console-admin-api';
import type { VehicleApi } from '@fleet/console-live';
import type { RasterTileLayerProps } from '@fleet/console-map';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, LAYOUT, type ConsoleChrome } from '@fleet/console-ui';
import { replaySourcesOf } from '../state/replay-sources-of.js';
import { replayHref, replayQueryOf } from '../utils/replay-route.js';
import { ReplayQueryForm } from './replay-query-form.js';
import { ReplayView } from './replay-view.js';

export type ReplayPageProps = {
  api: AdminApi;
  vehicles: VehicleApi;
  chrome: ConsoleChrome;
  /** The location hash: the replay it names (`#/replay?vehicles=…&from=…&to=…`) is shown. */
  hash: string;
  raster: RasterTileLayerProps | null;
  /** Opens an incident for a vehicle at a point of its history (roles that may). */
  onReportAt?: (vehicleId: string, timeMs: number) => void;
};

/** 轨迹回放: pick vehicles and a range (or arrive by link from the map or an incident), then play them together. */
export function ReplayPage({ api, vehicles, chrome, hash, raster, onReportAt }: ReplayPageProps) {
  const { t } = useI18n();
  const query = useMemo(() => replayQueryOf(hash), [hash]);
  const sources = useMemo(() => replaySourcesOf(vehicles, api.alerts), [vehicles, api.alerts]);

  useEffect(() => {
    document.title = `${t('replay.title')} · ${t('app.title')}`;
  }, [t]);

  return (
    <ConsoleLayout chrome={chrome}>
      <Flex
        vertical
        gap={LAYOUT.gap}
        style={{ position: 'absolute', inset: 0, padding: LAYOUT.gap }}
        data-testid="replay-page"
      >
        <ReplayQueryForm
          key={hash}
          vehicles={vehicles}
          current={query}
          onSubmit={(q) => {
            window.location.hash = replayHref(q);
          }}
        />
        <Card size="small" style={{ flex: 1, minHeight: 0 }} styles={{ body: { height: '100%', padding: LAYOUT.gap } }}>
          {query ? (
            <ReplayView sources={sources} query={query} raster={raster} onReportAt={onReportAt} />
          ) : (
            <Empty description={t('replay.pickPrompt')} />
          )}
        </Card>
      </Flex>
    </ConsoleLayout>
  );
}
