import { useState } from 'react';
import { AutoComplete, Button, Flex, Select } from 'antd';
import { useI18n } from '@fleet/console-i18n';
import type { AuditFilter } from '../types/audit-filter.js';
import type { KnownAccount } from '../types/known-account.js';
import { auditActionLabel, KNOWN_AUDIT_ACTIONS } from '../utils/audit-action-label.js';

export type AuditFiltersBarProps = {
  /** Offered as suggestions for the actor filter (by name, filtering by id). */
  accounts: readonly KnownAccount[];
  onApply: (filter: AuditFilter) => void;
};

/** Action and actor filters of the audit log; the action applies at once, the actor on Enter or 查询. */
export function AuditFiltersBar({ accounts, onApply }: AuditFiltersBarProps) {
  const { t } = useI18n();
  const [action, setAction] = useState<string | undefined>(undefined);
  const [actor, setActor] = useState('');
  const apply = (next: { action: string | undefined; actor: string }) =>
    onApply({ action: next.action, actorId: next.actor.trim() || undefined });

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
      <span data-testid="audit-filter-action">
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'title' }}
          value={action}
          placeholder={t('audit.filterActionAll')}
          aria-label={t('audit.filterAction')}
          style={{ width: 200 }}
          onChange={(next: string | undefined) => {
            setAction(next);
            apply({ action: next, actor });
          }}
          options={KNOWN_AUDIT_ACTIONS.map((a) => ({
            value: a,
            title: `${auditActionLabel(t, a)} ${a}`,
            label: <span data-testid={`audit-action-option-${a}`}>{auditActionLabel(t, a)}</span>,
          }))}
        />
      </span>
      <span data-testid="audit-filter-actor">
        <AutoComplete
          value={actor}
          style={{ width: 280 }}
          aria-label={t('audit.filterActor')}
          placeholder={t('audit.filterActorPlaceholder')}
          onChange={setActor}
          showSearch={{
            filterOption: (input, option) => (option?.title ?? '').toLowerCase().includes(input.trim().toLowerCase()),
          }}
          options={accounts.map((a) => ({
            value: a.id,
            title: `${a.displayName} ${a.username} ${a.id}`,
            label: `${a.displayName}（${a.username}）`,
          }))}
          onKeyDown={(event) => {
            if (event.key === 'Enter') apply({ action, actor });
          }}
        />
      </span>
      <Button type="primary" data-testid="audit-search" onClick={() => apply({ action, actor })}>
        {t('audit.search')}
      </Button>
      <Button
        data-testid="audit-reset"
        onClick={() => {
          setAction(undefined);
          setActor('');
          apply({ action: undefined, actor: '' });
        }}
      >
        {t('audit.reset')}
      </Button>
    </Flex>
  );
}
