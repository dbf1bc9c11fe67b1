import type { ReactNode } from 'react';
import { Button, Card, Descriptions, Tag, Typography } from 'antd';
import type { VehicleSummary } from '@fleet/fleet-model';
import { CONTROL_MODE_COLORS, PALETTE } from '@fleet/console-tokens';
import { useI18n, type Translate } from '@fleet/console-i18n';
import { VehicleGlyph } from './vehicle-glyph.js';

export type VehicleDetailPanelProps = {
  vehicle: VehicleSummary;
  /** Set when refreshing the extended fields from the API failed. */
  loadError?: boolean;
  onClose: () => void;
  /** Further sections under the live fields (vehicle credentials for roles that manage them). */
  children?: ReactNode;
};

const FAULT_KEYS = ['fault.none', 'fault.level1', 'fault.level2', 'fault.level3'] as const;

function faultLabel(t: Translate, level: number | null | undefined): string {
  const key = level === null || level === undefined ? undefined : FAULT_KEYS[level];
  return t(key ?? 'fault.unknown');
}

function faultColor(level: number | null | undefined): string | undefined {
  if (level === 3) return PALETTE.danger;
  if (level === 2) return PALETTE.warning;
  return undefined;
}

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** Live detail card of one vehicle; the container re-renders it as updates arrive. */
export function VehicleDetailPanel({ vehicle, loadError, onClose, children }: VehicleDetailPanelProps) {
  const { t, language } = useI18n();
  const s = vehicle.state;
  const unknown = t('detail.unknown');
  const online = s?.online ?? false;
  const timeFormat = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  });
  const items = [
    { key: 'plate', label: t('detail.plate'), children: <span data-testid="detail-plate">{vehicle.plate}</span> },
    {
      key: 'vin',
      label: t('detail.vin'),
      children: <Typography.Text copyable={{ text: vehicle.vin }}>{vehicle.vin}</Typography.Text>,
    },
    { key: 'id', label: t('detail.id'), children: vehicle.id },
    { key: 'category', label: t('detail.category'), children: t(`category.${vehicle.category}`) },
    {
      key: 'level',
      label: t('detail.level'),
      children: (
        <>
          {t('detail.levelValue', { level: vehicle.automationLevel })}
          {vehicle.driverlessCapable ? <Tag style={{ marginInlineStart: 8 }}>{t('detail.driverless')}</Tag> : null}
        </>
      ),
    },
    { key: 'enterprise', label: t('detail.enterprise'), children: vehicle.enterpriseName },
    {
      key: 'status',
      label: t('detail.status'),
      children: (
        <Tag data-testid="detail-online" color={online ? PALETTE.success : PALETTE.offline}>
          {online ? t('detail.online') : t('detail.offline')}
        </Tag>
      ),
    },
    {
      key: 'mode',
      label: t('detail.controlMode'),
      children: s ? (
        <Tag data-testid="detail-mode" color={online ? CONTROL_MODE_COLORS[s.controlMode] : PALETTE.offline}>
          {t(`mode.${s.controlMode}`)}
        </Tag>
      ) : (
        t('mode.unknown')
      ),
    },
    {
      key: 'speed',
      label: t('detail.speed'),
      children: (
        <span data-testid="detail-speed">
          {s ? t('detail.speedValue', { value: fixed(s.speedMps * 3.6, 1) }) : unknown}
        </span>
      ),
    },
    {
      key: 'heading',
      label: t('detail.heading'),
      children: s ? t('detail.headingValue', { value: fixed(s.headingDeg, 0) }) : unknown,
    },
    {
      key: 'fault',
      label: t('detail.faultLevel'),
      children: <span style={{ color: faultColor(s?.faultLevel) }}>{faultLabel(t, s?.faultLevel)}</span>,
    },
    {
      key: 'soc',
      label: t('detail.soc'),
      children:
        s?.batterySocPct !== null && s?.batterySocPct !== undefined
          ? t('detail.socValue', { value: fixed(s.batterySocPct, 0) })
          : unknown,
    },
    {
      key: 'odometer',
      label: t('detail.odometer'),
      children:
        s?.odometerKm !== null && s?.odometerKm !== undefined
          ? t('detail.odometerValue', { value: fixed(s.odometerKm, 1) })
          : unknown,
    },
    {
      key: 'officer',
      label: t('detail.safetyOfficer'),
      children: s ? (s.safetyOfficerId ?? t('detail.safetyOfficerNone')) : unknown,
    },
    { key: 'passengers', label: t('detail.passengers'), children: s?.passengers ?? unknown },
    {
      key: 'position',
      label: t('detail.position'),
      children: s ? `${fixed(s.latDeg, 6)}, ${fixed(s.lonDeg, 6)}` : unknown,
    },
    {
      key: 'time',
      label: t('detail.lastUpdate'),
      children: (
        <span data-testid="detail-last-update">
          {s && s.timeMs > 0 ? timeFormat.format(new Date(s.timeMs)) : unknown}
        </span>
      ),
    },
  ];
  return (
    <Card
      data-testid="vehicle-detail"
      data-vehicle-id={vehicle.id}
      size="small"
      title={
        <span style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <VehicleGlyph
            category={vehicle.category}
            color={s && online ? CONTROL_MODE_COLORS[s.controlMode] : PALETTE.offline}
            size={18}
          />
          {vehicle.plate}
        </span>
      }
      extra={
        <Button
          size="small"
          type="text"
          onClick={onClose}
          aria-label={t('detail.close')}
          data-testid="vehicle-detail-close"
        >
          {t('detail.close')}
        </Button>
      }
      style={{ width: '100%' }}
      styles={{ body: { padding: 8 } }}
    >
      {loadError ? (
        <Typography.Text type="warning" style={{ display: 'block', marginBottom: 6 }}>
          {t('detail.loadFailed')}
        </Typography.Text>
      ) : null}
      <Descriptions
        size="small"
        column={1}
        bordered
        items={items}
        styles={{ label: { width: 118, whiteSpace: 'nowrap' } }}
      />
      {children}
    </Card>
  );
}
