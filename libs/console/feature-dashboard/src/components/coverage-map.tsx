import { Card, Flex, Typography } from 'antd';
import type { Coverage } from '@fleet/reports-model';
import { BasemapLabelsLayer, BasemapLayers, MapView, RasterTileLayer } from '@fleet/console-map';
import { useI18n } from '@fleet/console-i18n';
import { COVERAGE_RAMP, PALETTE } from '@fleet/console-tokens';
import { LAYOUT } from '@fleet/console-ui';
import type { RasterTiles } from '../types/raster-tiles.js';
import { formatNumber } from '../utils/format-number.js';
import { CoverageLayer } from './coverage-layer.js';

export type CoverageMapProps = { coverage: Coverage | null; rasterTiles: RasterTiles | null; height?: number };

/** Metres per degree of latitude, to state the cell size people can picture. */
const METRES_PER_DEG = 111_320;

/** Where autonomous driving happened: the server's grid of autonomous km over the live map's offline basemap. */
export function CoverageMap({ coverage, rasterTiles, height = 460 }: CoverageMapProps) {
  const { t, language } = useI18n();
  const cells = coverage?.cells ?? [];
  const max = cells.reduce((m, c) => Math.max(m, c.autonomousKm), 0);
  const css = (c: readonly number[]) => `rgba(${c[0]},${c[1]},${c[2]},${(c[3] ?? 255) / 255})`;
  return (
    <Card
      size="small"
      title={t('dashboard.chart.coverage')}
      extra={
        coverage ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('dashboard.coverage.cells', {
              count: cells.length,
              size: Math.round(coverage.cellDeg * METRES_PER_DEG),
            })}
          </Typography.Text>
        ) : null
      }
      styles={{ body: { padding: 0 } }}
    >
      <div
        data-testid="coverage-map"
        data-cells={cells.length}
        data-loaded={coverage ? 'true' : 'false'}
        style={{
          position: 'relative',
          height,
          overflow: 'hidden',
          borderRadius: `0 0 ${LAYOUT.radius}px ${LAYOUT.radius}px`,
        }}
      >
        <MapView>
          {rasterTiles ? (
            <RasterTileLayer
              url={rasterTiles.url}
              tileSize={rasterTiles.tileSize}
              attribution={rasterTiles.attribution}
            />
          ) : null}
          <BasemapLayers />
          <CoverageLayer coverage={coverage} />
          <BasemapLabelsLayer />
        </MapView>
        <Flex
          vertical
          gap={4}
          style={{
            position: 'absolute',
            left: LAYOUT.gap,
            bottom: LAYOUT.gap,
            zIndex: 1,
            padding: '6px 10px',
            background: PALETTE.surface,
            border: `1px solid ${PALETTE.border}`,
            borderRadius: LAYOUT.radius,
          }}
        >
          <Typography.Text style={{ fontSize: 12 }}>{t('dashboard.coverage.legend')}</Typography.Text>
          <div
            style={{
              width: 180,
              height: 10,
              borderRadius: 2,
              background: `linear-gradient(to right, ${COVERAGE_RAMP.map(css).join(', ')})`,
            }}
          />
          <Flex justify="space-between" style={{ fontSize: 11 }}>
            <span>0</span>
            <span data-testid="coverage-max">{formatNumber(max, language)}</span>
          </Flex>
        </Flex>
      </div>
    </Card>
  );
}
