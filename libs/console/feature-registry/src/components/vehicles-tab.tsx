import { useEffect, useState } from 'react';
import { App, Button, Input, Typography } from 'antd';
import type { Enterprise, VehiclesApi } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { MONO_FONT_FAMILY } from '@fleet/console-ui';
import type { VehicleSummary } from '@fleet/fleet-model';
import { useVehiclePage } from '../hooks/use-vehicle-page.js';
import { VEHICLE_PAGE_SIZE } from '../utils/vehicle-page-query.js';
import { LoadErrorAlert } from './load-error-alert.js';
import { RegistryTable } from './registry-table.js';
import { TabToolbar } from './tab-toolbar.js';
import { VehicleDialog } from './vehicle-dialog.js';

export type VehiclesTabProps = {
  api: VehiclesApi;
  /** The enterprises a new vehicle may belong to. */
  enterprises: readonly Enterprise[];
  mayEdit: boolean;
  /** A vehicle was registered: its enterprise's vehicle count changed. */
  onRegistered: () => void;
};

/** 车辆: the registry searched by plate, VIN or id, a page at a time; admin and regulator register vehicles. */
export function VehiclesTab({ api, enterprises, mayEdit, onRegistered }: VehiclesTabProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [registering, setRegistering] = useState(false);
  const vehicles = useVehiclePage(api, search, page);
  const rows = vehicles.data?.items ?? [];
  // The last total is kept while the next page loads, so the pager does not collapse to one page and back.
  const [lastTotal, setLastTotal] = useState(0);
  useEffect(() => {
    if (vehicles.data) setLastTotal(vehicles.data.total);
  }, [vehicles.data]);
  const total = vehicles.data?.total ?? lastTotal;

  return (
    <>
      <TabToolbar
        summary={
          <>
            <span data-testid="vehicles-search">
              <Input.Search
                allowClear
                size="small"
                placeholder={t('search.placeholder')}
                aria-label={t('search.placeholder')}
                style={{ width: 280 }}
                onSearch={(value) => {
                  setSearch(value);
                  setPage(1);
                }}
              />
            </span>
            <Typography.Text type="secondary">{t('vehicles.total', { count: total })}</Typography.Text>
          </>
        }
        refreshTestId="vehicles-refresh"
        onRefresh={vehicles.reload}
        actions={
          mayEdit ? (
            <Button size="small" type="primary" data-testid="vehicle-register" onClick={() => setRegistering(true)}>
              {t('vehicles.register')}
            </Button>
          ) : null
        }
      />
      {vehicles.error ? (
        <LoadErrorAlert error={vehicles.error} testId="vehicles-error" onRetry={vehicles.reload} />
      ) : null}
      <RegistryTable<VehicleSummary>
        testId="vehicles-table"
        rows={rows}
        total={total}
        loading={vehicles.loading}
        pagination={{ current: page, pageSize: VEHICLE_PAGE_SIZE, total, showSizeChanger: false, onChange: setPage }}
        columns={[
          {
            key: 'id',
            title: t('detail.id'),
            render: (_, v) => <span data-vehicle-id={v.id}>{v.id}</span>,
          },
          { key: 'plate', title: t('detail.plate'), dataIndex: 'plate' },
          {
            key: 'vin',
            title: t('detail.vin'),
            render: (_, v) => <span style={{ fontFamily: MONO_FONT_FAMILY }}>{v.vin}</span>,
          },
          {
            key: 'category',
            title: t('detail.category'),
            render: (_, v) => <span data-category={v.category}>{t(`category.${v.category}`)}</span>,
          },
          {
            key: 'level',
            title: t('detail.level'),
            render: (_, v) => t('detail.levelValue', { level: v.automationLevel }),
          },
          {
            key: 'driverless',
            title: t('detail.driverless'),
            render: (_, v) => t(v.driverlessCapable ? 'detail.yes' : 'detail.no'),
          },
          {
            key: 'enterprise',
            title: t('detail.enterprise'),
            render: (_, v) => <span data-enterprise-id={v.enterpriseId}>{v.enterpriseName}</span>,
          },
        ]}
      />
      {registering ? (
        <VehicleDialog
          api={api}
          enterprises={enterprises}
          onRegistered={(vehicle) => {
            setRegistering(false);
            void message.success(t('vehicles.registered', { plate: vehicle.plate }));
            vehicles.reload();
            onRegistered();
          }}
          onCancel={() => setRegistering(false)}
        />
      ) : null}
    </>
  );
}
