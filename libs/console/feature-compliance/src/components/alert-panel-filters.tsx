import { Flex, Select } from 'antd';
import { ALERT_KINDS, type AlertKind } from '@fleet/rules';
import { useI18n } from '@fleet/console-i18n';
import type { AlertPanelFilter } from '../types/alert-panel-filter.js';
import { alertKindLabel } from '../utils/alert-kind-label.js';

export type AlertPanelFiltersProps = {
  filter: AlertPanelFilter;
  onChange: (filter: AlertPanelFilter) => void;
};

/** Status and kind selects of the panel (severity is picked on the count badges). */
export function AlertPanelFilters({ filter, onChange }: AlertPanelFiltersProps) {
  const { t } = useI18n();
  return (
    <Flex gap={6}>
      <span data-testid="alert-filter-status" style={{ flex: '0 0 110px' }}>
        <Select<'open' | 'acknowledged'>
          size="small"
          allowClear
          value={filter.status}
          placeholder={t('alerts.filter.statusAll')}
          aria-label={t('alerts.filter.status')}
          style={{ width: '100%' }}
          onChange={(status: 'open' | 'acknowledged' | undefined) => onChange({ ...filter, status })}
          options={(['open', 'acknowledged'] as const).map((s) => ({
            value: s,
            label: <span data-testid={`alert-status-option-${s}`}>{t(`alertStatus.${s}`)}</span>,
          }))}
        />
      </span>
      <span data-testid="alert-filter-kind" style={{ flex: 1, minWidth: 0 }}>
        <Select<AlertKind>
          size="small"
          allowClear
          showSearch={{ optionFilterProp: 'title' }}
          value={filter.kind}
          placeholder={t('alerts.filter.kindAll')}
          aria-label={t('alerts.filter.kind')}
          style={{ width: '100%' }}
          onChange={(kind: AlertKind | undefined) => onChange({ ...filter, kind })}
          options={ALERT_KINDS.map((k) => ({
            value: k,
            title: `${alertKindLabel(t, k)} ${k}`,
            label: <span data-testid={`alert-kind-option-${k}`}>{alertKindLabel(t, k)}</span>,
          }))}
        />
      </span>
    </Flex>
  );
}
