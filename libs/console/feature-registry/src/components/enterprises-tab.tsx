import { useState } from 'react';
import { App, Button, Typography } from 'antd';
import type { Enterprise, EnterprisesApi } from '@fleet/console-admin-api';
import type { RemoteData } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import { EnterpriseDialog } from './enterprise-dialog.js';
import { LoadErrorAlert } from './load-error-alert.js';
import { RegistryTable } from './registry-table.js';
import { TabToolbar } from './tab-toolbar.js';

export type EnterprisesTabProps = {
  api: EnterprisesApi;
  /** Loaded by the page: the vehicle and officer forms choose from the same list. */
  enterprises: RemoteData<Enterprise[]>;
  mayEdit: boolean;
};

/** 测试主体: the test entities the role sees, with their vehicle counts; admin and regulator register new ones. */
export function EnterprisesTab({ api, enterprises, mayEdit }: EnterprisesTabProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const rows = enterprises.data ?? [];

  return (
    <>
      <TabToolbar
        summary={<Typography.Text type="secondary">{t('enterprises.count', { count: rows.length })}</Typography.Text>}
        refreshTestId="enterprises-refresh"
        onRefresh={enterprises.reload}
        actions={
          mayEdit ? (
            <Button size="small" type="primary" data-testid="enterprise-create" onClick={() => setCreating(true)}>
              {t('enterprises.create')}
            </Button>
          ) : null
        }
      />
      {enterprises.error ? (
        <LoadErrorAlert error={enterprises.error} testId="enterprises-error" onRetry={enterprises.reload} />
      ) : null}
      <RegistryTable<Enterprise>
        testId="enterprises-table"
        rows={rows}
        loading={enterprises.loading}
        columns={[
          {
            key: 'id',
            title: t('enterprises.column.id'),
            render: (_, e) => <span data-enterprise-id={e.id}>{e.id}</span>,
          },
          { key: 'nameZh', title: t('enterprises.column.nameZh'), dataIndex: 'nameZh' },
          { key: 'nameEn', title: t('enterprises.column.nameEn'), dataIndex: 'nameEn' },
          {
            key: 'vehicles',
            title: t('enterprises.column.vehicles'),
            align: 'right',
            render: (_, e) => (
              <span data-count={e.vehicles} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('enterprises.vehicleCount', { count: e.vehicles })}
              </span>
            ),
          },
        ]}
      />
      {creating ? (
        <EnterpriseDialog
          api={api}
          onRegistered={(enterprise) => {
            setCreating(false);
            void message.success(
              t('enterprises.created', { name: language === 'en' ? enterprise.nameEn : enterprise.nameZh }),
            );
            enterprises.reload();
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
    </>
  );
}
