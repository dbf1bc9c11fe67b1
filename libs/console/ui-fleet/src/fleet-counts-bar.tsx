import { Flex, Tooltip, Typography } from 'antd';
import { VEHICLE_CATEGORIES, type VehicleCategory } from '@fleet/fleet-model';
import { CONTROL_MODES, type ControlModeName } from '@fleet/telemetry-contract';
import { CONTROL_MODE_COLORS, PALETTE } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';
import { VehicleGlyph } from './vehicle-glyph.js';

export type FleetCountsView = {
  total: number;
  online: number;
  offline: number;
  onlineByCategory: Readonly<Record<VehicleCategory, number>>;
  onlineByMode: Readonly<Record<ControlModeName | 'unknown', number>>;
};

export type FleetCountsBarProps = { counts: FleetCountsView };

const numberStyle = { fontVariantNumeric: 'tabular-nums', fontWeight: 600 } as const;

/** Header counts: online / offline, online by control mode, online by category (in a tooltip-rich row). */
export function FleetCountsBar({ counts }: FleetCountsBarProps) {
  const { t } = useI18n();
  return (
    <Flex
      data-testid="header-counts"
      gap={14}
      align="center"
      wrap={false}
      style={{ overflow: 'hidden', whiteSpace: 'nowrap' }}
    >
      <Tooltip title={`${t('counts.total')} ${counts.total}`}>
        <span data-testid="count-online">
          <Typography.Text type="secondary">{t('counts.online')} </Typography.Text>
          <span style={{ ...numberStyle, color: PALETTE.success }} data-value={counts.online}>
            {counts.online}
          </span>
          <Typography.Text type="secondary"> / {counts.total}</Typography.Text>
        </span>
      </Tooltip>
      <span data-testid="count-offline">
        <Typography.Text type="secondary">{t('counts.offline')} </Typography.Text>
        <span style={{ ...numberStyle, color: PALETTE.offline }} data-value={counts.offline}>
          {counts.offline}
        </span>
      </span>
      <Flex gap={10} aria-label={t('counts.byMode')} role="group">
        {CONTROL_MODES.map((m) => (
          <Tooltip key={m} title={t(`mode.${m}`)}>
            <span data-testid={`count-mode-${m}`}>
              <Typography.Text type="secondary">{t(`modeShort.${m}`)} </Typography.Text>
              <span style={{ ...numberStyle, color: CONTROL_MODE_COLORS[m] }} data-value={counts.onlineByMode[m]}>
                {counts.onlineByMode[m]}
              </span>
            </span>
          </Tooltip>
        ))}
      </Flex>
      <Flex gap={6} aria-label={t('counts.byCategory')} role="group">
        {VEHICLE_CATEGORIES.map((c) => (
          <Tooltip key={c} title={t(`category.${c}`)}>
            <Flex data-testid={`count-category-${c}`} gap={2} align="center">
              <VehicleGlyph category={c} color={PALETTE.inkMuted} size={14} title={t(`category.${c}`)} />
              <span style={numberStyle} data-value={counts.onlineByCategory[c]}>
                {counts.onlineByCategory[c]}
              </span>
            </Flex>
          </Tooltip>
        ))}
      </Flex>
    </Flex>
  );
}
