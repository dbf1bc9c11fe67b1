import { useCallback, useMemo, useState } from 'react';
import { App, Button, Typography } from 'antd';
import type { Enterprise, SafetyOfficersApi } from '@fleet/console-admin-api';
import { useRemoteData } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import type { SafetyOfficer } from '@fleet/registry-model';
import { enterpriseLabel } from '../utils/enterprise-label.js';
import { LoadErrorAlert } from './load-error-alert.js';
import { OfficerDialog } from './officer-dialog.js';
import { RegistryTable } from './registry-table.js';
import { TabToolbar } from './tab-toolbar.js';

export type OfficersTabProps = {
  api: SafetyOfficersApi;
  /** Names the officers' enterprises, and the ones a new officer may belong to. */
  enterprises: readonly Enterprise[];
  mayEdit: boolean;
};

/** 安全员: the safety officers the role sees, with their enterprise and years licensed. */
export function OfficersTab({ api, enterprises, mayEdit }: OfficersTabProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const load = useCallback((signal: AbortSignal) => api.list(signal), [api]);
  const officers = useRemoteData(load, 'safety officers');
  const [registering, setRegistering] = useState(false);
  const rows = officers.data ?? [];
  const enterpriseNames = useMemo(
    () => new Map(enterprises.map((e) => [e.id, enterpriseLabel(e, language)])),
    [enterprises, language],
  );

  return (
    <>
      <TabToolbar
        summary={<Typography.Text type="secondary">{t('officers.count', { count: rows.length })}</Typography.Text>}
        refreshTestId="officers-refresh"
        onRefresh={officers.reload}
        actions={
          mayEdit ? (
            <Button size="small" type="primary" data-testid="officer-create" onClick={() => setRegistering(true)}>
              {t('officers.create')}
            </Button>
          ) : null
        }
      />
      {officers.error ? (
        <LoadErrorAlert error={officers.error} testId="officers-error" onRetry={officers.reload} />
      ) : null}
      <RegistryTable<SafetyOfficer>
        testId="officers-table"
        rows={rows}
        loading={officers.loading}
        columns={[
          { key: 'id', title: t('officers.column.id'), dataIndex: 'id' },
          { key: 'name', title: t('officers.column.name'), dataIndex: 'name' },
          {
            key: 'enterprise',
            title: t('detail.enterprise'),
            render: (_, o) => (
              <span data-enterprise-id={o.enterpriseId}>{enterpriseNames.get(o.enterpriseId) ?? o.enterpriseId}</span>
            ),
          },
          {
            key: 'licenceYears',
            title: t('officers.column.licenceYears'),
            align: 'right',
            render: (_, o) => t('officers.licenceYearsValue', { years: o.licenceYears }),
          },
        ]}
      />
      {registering ? (
        <OfficerDialog
          api={api}
          enterprises={enterprises}
          onRegistered={(officer) => {
            setRegistering(false);
            void message.success(t('officers.registered', { name: officer.name }));
            officers.reload();
          }}
          onCancel={() => setRegistering(false)}
        />
      ) : null}
    </>
  );
}
