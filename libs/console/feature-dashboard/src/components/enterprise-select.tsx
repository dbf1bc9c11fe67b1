import { Select } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import type { Enterprises } from '../hooks/use-enterprises.js';

export type EnterpriseSelectProps = {
  enterprises: Enterprises;
  value: string | undefined;
  onChange: (enterpriseId: string | undefined) => void;
  /** Offers "all test entities" (clearing the choice); off where one must be chosen. */
  allowAll?: boolean;
  testId: string;
};

/** Choice of one test entity, for the roles that see every enterprise (operators see their own anyway). */
export function EnterpriseSelect({ enterprises, value, onChange, allowAll = true, testId }: EnterpriseSelectProps) {
  const { t } = useI18n();
  return (
    <span data-testid={testId}>
      <Select<string>
        size="small"
        allowClear={allowAll}
        showSearch={{ optionFilterProp: 'title' }}
        value={value}
        placeholder={allowAll ? t('dashboard.enterpriseAll') : t('reports.enterpriseRequired')}
        aria-label={t('dashboard.enterprise')}
        style={{ width: 220 }}
        onChange={(next: string | undefined) => onChange(next)}
        options={enterprises.list.map((e) => ({
          value: e.id,
          title: `${enterprises.label(e.id)} ${e.id}`,
          label: <span data-testid={`${testId}-option-${e.id}`}>{enterprises.label(e.id)}</span>,
        }))}
      />
    </span>
  );
}
