import { Card, Flex, Typography } from 'antd';
import { VEHICLE_CATEGORIES, type VehicleCategory } from '@fleet/fleet-model';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { CONTROL_MODE_COLORS, FAULT_RING_COLOR, PALETTE, ZONE_COLORS } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';
import { VehicleGlyph } from './vehicle-glyph.js';

export type MapLegendProps = {
  hiddenCategories: ReadonlySet<VehicleCategory>;
  onToggleCategory: (category: VehicleCategory) => void;
  onlineByCategory: Readonly<Record<VehicleCategory, number>>;
  /** The permit zones layer is drawn; the legend entry switches it. */
  zonesVisible: boolean;
  onToggleZones: () => void;
};

const swatch = (color: string) =>
  ({ width: 12, height: 12, borderRadius: 3, background: color, display: 'inline-block' }) as const;

/** Legend of glyphs (categories, clickable to hide/show) and colours (control modes, offline, fault). */
export function MapLegend({
  hiddenCategories,
  onToggleCategory,
  onlineByCategory,
  zonesVisible,
  onToggleZones,
}: MapLegendProps) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={t('legend.title')}
      data-testid="map-legend"
      style={{ width: 220 }}
      styles={{ body: { padding: 10 } }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('legend.categories')}
      </Typography.Text>
      <Flex vertical gap={2} style={{ marginBottom: 8 }} title={t('legend.toggleHint')}>
        {VEHICLE_CATEGORIES.map((c) => {
          const hidden = hiddenCategories.has(c);
          return (
            <button
              key={c}
              type="button"
              data-testid={`legend-category-${c}`}
              aria-pressed={!hidden}
              onClick={() => onToggleCategory(c)}
              style={{
                all: 'unset',
                cursor: 'pointer',
                display: 'flex',
                alignItems: 'center',
                gap: 8,
                opacity: hidden ? 0.35 : 1,
                fontSize: 13,
              }}
            >
              <VehicleGlyph category={c} color={PALETTE.inkMuted} size={16} />
              <span style={{ flex: 1 }}>{t(`category.${c}`)}</span>
              <span style={{ fontVariantNumeric: 'tabular-nums', color: PALETTE.inkMuted }}>{onlineByCategory[c]}</span>
            </button>
          );
        })}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('legend.modes')}
      </Typography.Text>
      <Flex vertical gap={3} style={{ fontSize: 13 }}>
        {CONTROL_MODES.map((m) => (
          <Flex key={m} gap={8} align="center">
            <span style={swatch(CONTROL_MODE_COLORS[m])} />
            {t(`mode.${m}`)}
          </Flex>
        ))}
        <Flex gap={8} align="center">
          <span style={swatch(PALETTE.offline)} />
          {t('legend.offline')}
        </Flex>
        <Flex gap={8} align="center">
          <span style={{ ...swatch('transparent'), border: `2px solid ${FAULT_RING_COLOR}`, borderRadius: '50%' }} />
          {t('legend.fault3')}
        </Flex>
      </Flex>
      <button
        type="button"
        data-testid="legend-zones"
        aria-pressed={zonesVisible}
        onClick={onToggleZones}
        title={t('legend.toggleHint')}
        style={{
          all: 'unset',
          cursor: 'pointer',
          display: 'flex',
          flexDirection: 'column',
          gap: 3,
          marginTop: 8,
          opacity: zonesVisible ? 1 : 0.35,
          fontSize: 13,
        }}
      >
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('legend.zones')}
        </Typography.Text>
        <Flex gap={8} align="center">
          <span style={{ ...swatch(`${ZONE_COLORS.area}22`), border: `1.5px solid ${ZONE_COLORS.area}` }} />
          {t('legend.zoneArea')}
        </Flex>
        <Flex gap={8} align="center">
          <span style={{ ...swatch(`${ZONE_COLORS.corridor}55`), height: 6 }} />
          {t('legend.zoneCorridor')}
        </Flex>
      </button>
    </Card>
  );
}
