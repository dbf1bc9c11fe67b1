import { useCallback, useState, type ReactNode } from 'react';
import { Card, Tabs, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import { useRemoteData } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, type ConsoleChrome } from '@fleet/console-ui';
import { REGISTRY_TABS, type RegistryTab } from '../types/registry-tab.js';
import { mayEditRegistry } from '../utils/registry-access.js';
import { EnterprisesTab } from './enterprises-tab.js';
import { OfficersTab } from './officers-tab.js';
import { VehiclesTab } from './vehicles-tab.js';
import { ZonesTab } from './zones-tab.js';

export type RegistryPageProps = { api: AdminApi; user: AuthUser; chrome: ConsoleChrome };

/**
 * 登记管理: test entities, vehicles, safety officers and permit zones, as far as the role sees them (an operator
 * its own enterprise's). The admin and the regulator register; everyone else reads.
 */
export function RegistryPage({ api, user, chrome }: RegistryPageProps) {
  const { t } = useI18n();
  const mayEdit = mayEditRegistry(user.role);
  const [tab, setTab] = useState<RegistryTab>('enterprises');
  // One list for the enterprises tab and the vehicle and officer forms, which choose from it.
  const loadEnterprises = useCallback((signal: AbortSignal) => api.enterprises.list(signal), [api]);
  const enterprises = useRemoteData(loadEnterprises, 'enterprises');
  const enterpriseList = enterprises.data ?? [];

  const content = (shown: RegistryTab): ReactNode => {
    switch (shown) {
      case 'enterprises':
        return <EnterprisesTab api={api.enterprises} enterprises={enterprises} mayEdit={mayEdit} />;
      case 'vehicles':
        return (
          <VehiclesTab
            api={api.vehicles}
            enterprises={enterpriseList}
            mayEdit={mayEdit}
            onRegistered={enterprises.reload}
          />
        );
      case 'officers':
        return <OfficersTab api={api.officers} enterprises={enterpriseList} mayEdit={mayEdit} />;
      case 'zones':
        return <ZonesTab api={api.zones} mayEdit={mayEdit} />;
    }
  };

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <Card
        data-testid="registry-page"
        data-editable={mayEdit}
        title={t('registry.title')}
        extra={
          mayEdit ? null : (
            <Typography.Text type="secondary" data-testid="registry-read-only">
              {t('registry.readOnly')}
            </Typography.Text>
          )
        }
      >
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(REGISTRY_TABS.find((k) => k === key) ?? 'enterprises')}
          items={REGISTRY_TABS.map((key) => ({
            key,
            label: <span data-testid={`registry-tab-${key}`}>{t(`registry.tab.${key}`)}</span>,
            children: content(key),
          }))}
        />
      </Card>
    </ConsoleLayout>
  );
}
