import { useState } from 'react';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import { ALERT_STATUSES, type AlertStatus } from '@fleet/alerts-model';
import { ALERT_KINDS, SEVERITIES, type AlertKind, type Severity } from '@fleet/rules';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { useI18n } from '@fleet/console-i18n';
import type { AlertHistoryFilter } from '../types/alert-history-filter.js';
import { alertKindLabel } from '../utils/alert-kind-label.js';

export type AlertHistoryFiltersProps = { onApply: (filter: AlertHistoryFilter) => void };

/** The picker's value: antd's date objects, read only through `toDate()` so the console needs no date library. */
type PickedRange = readonly [{ toDate(): Date } | null, { toDate(): Date } | null] | null;

/** Status, severity, kind, vehicle and time range; the selects apply at once, the vehicle on Enter or 查询. */
export function AlertHistoryFilters({ onApply }: AlertHistoryFiltersProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<AlertHistoryFilter>({});
  const [vehicle, setVehicle] = useState('');
  const [vehicleInvalid, setVehicleInvalid] = useState(false);
  const [rangeKey, setRangeKey] = useState(0);
  const apply = (next: AlertHistoryFilter, vehicleText = vehicle) => {
    const vehicleId = vehicleText.trim();
    // The server refuses ids outside the vehicle-id pattern; say so here instead of showing its refusal.
    const invalid = vehicleId !== '' && !VEHICLE_ID_PATTERN.test(vehicleId);
    setVehicleInvalid(invalid);
    if (!invalid) onApply({ ...next, vehicleId: vehicleId || undefined });
  };
  const change = (next: AlertHistoryFilter) => {
    setFilter(next);
    apply(next);
  };

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <span data-testid="alerts-filter-status">
        <Select<AlertStatus>
          allowClear
          value={filter.status}
          placeholder={t('alerts.filter.statusAll')}
          aria-label={t('alerts.filter.status')}
          style={{ width: 130 }}
          onChange={(status: AlertStatus | undefined) => change({ ...filter, status })}
          options={ALERT_STATUSES.map((s) => ({
            value: s,
            label: <span data-testid={`alerts-status-option-${s}`}>{t(`alertStatus.${s}`)}</span>,
          }))}
        />
      </span>
      <span data-testid="alerts-filter-severity">
        <Select<Severity>
          allowClear
          value={filter.severity}
          placeholder={t('alerts.filter.severityAll')}
          aria-label={t('alerts.filter.severity')}
          style={{ width: 130 }}
          onChange={(severity: Severity | undefined) => change({ ...filter, severity })}
          options={SEVERITIES.map((s) => ({
            value: s,
            label: <span data-testid={`alerts-severity-option-${s}`}>{t(`severity.${s}`)}</span>,
          }))}
        />
      </span>
      <span data-testid="alerts-filter-kind">
        <Select<AlertKind>
          allowClear
          showSearch={{ optionFilterProp: 'title' }}
          value={filter.kind}
          placeholder={t('alerts.filter.kindAll')}
          aria-label={t('alerts.filter.kind')}
          style={{ width: 190 }}
          onChange={(kind: AlertKind | undefined) => change({ ...filter, kind })}
          options={ALERT_KINDS.map((k) => ({
            value: k,
            title: `${alertKindLabel(t, k)} ${k}`,
            label: <span data-testid={`alerts-kind-option-${k}`}>{alertKindLabel(t, k)}</span>,
          }))}
        />
      </span>
      <Input
        data-testid="alerts-filter-vehicle"
        value={vehicle}
        allowClear
        status={vehicleInvalid ? 'error' : undefined}
        placeholder={t('alerts.filter.vehicle')}
        aria-label={t('alerts.filter.vehicle')}
        style={{ width: 160 }}
        onChange={(event) => setVehicle(event.target.value)}
        onPressEnter={() => apply(filter)}
      />
      <span data-testid="alerts-filter-range">
        <DatePicker.RangePicker
          key={rangeKey}
          showTime
          allowEmpty={[true, true]}
          aria-label={t('alerts.filter.range')}
          onChange={(range: PickedRange) =>
            change({ ...filter, from: range?.[0]?.toDate() ?? undefined, to: range?.[1]?.toDate() ?? undefined })
          }
        />
      </span>
      <Button type="primary" data-testid="alerts-search" onClick={() => apply(filter)}>
        {t('common.search')}
      </Button>
      <Button
        data-testid="alerts-reset"
        onClick={() => {
          setFilter({});
          setVehicle('');
          // A new key clears the uncontrolled range picker.
          setRangeKey((k) => k + 1);
          apply({}, '');
        }}
      >
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
