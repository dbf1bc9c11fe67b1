import { Card, Descriptions, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { CategoryFigures, PeriodicReport, VehicleFigures, ZoneFigures } from '@fleet/reports-model';
import { isVehicleCategory } from '@fleet/fleet-model';
import { formatDateTime } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import { formatNumber } from '../utils/format-number.js';
import { incidentKindName } from '../utils/kind-labels.js';

export type PeriodicReportViewProps = { report: PeriodicReport };

/** The periodic (or end-of-test) report as a document: what it covers, totals, then per vehicle, zone and category. */
export function PeriodicReportView({ report }: PeriodicReportViewProps) {
  const { t, language } = useI18n();
  const num = (n: number | null, digits = 1) => formatNumber(n, language, digits);
  const time = (iso: string) => formatDateTime(iso, language);
  const name = language === 'en' ? report.enterpriseNameEn : report.enterpriseNameZh;
  const category = (c: string) => (isVehicleCategory(c) ? t(`category.${c}`) : c);
  const { meta, totals } = report;

  const vehicleColumns: TableColumnsType<VehicleFigures> = [
    { key: 'vehicle', title: t('reports.column.vehicle'), dataIndex: 'vehicleId' },
    { key: 'plate', title: t('reports.column.plate'), dataIndex: 'plate' },
    { key: 'vin', title: t('reports.column.vin'), dataIndex: 'vin' },
    { key: 'category', title: t('reports.column.category'), render: (_, v) => category(v.category) },
    { key: 'distance', title: t('reports.column.distance'), align: 'right', render: (_, v) => num(v.distanceKm) },
    {
      key: 'autonomous',
      title: t('reports.column.autonomousKm'),
      align: 'right',
      render: (_, v) => num(v.autonomousDistanceKm),
    },
    {
      key: 'assisted',
      title: t('reports.column.assistedKm'),
      align: 'right',
      render: (_, v) => num(v.assistedDistanceKm),
    },
    {
      key: 'hours',
      title: t('reports.column.autonomousHours'),
      align: 'right',
      render: (_, v) => num(v.autonomousHours, 2),
    },
    { key: 'online', title: t('reports.column.onlineHours'), align: 'right', render: (_, v) => num(v.onlineHours, 2) },
    { key: 'dis', title: t('reports.column.disengagements'), align: 'right', render: (_, v) => v.disengagements.total },
    {
      key: 'rate',
      title: t('reports.column.per1000Km'),
      align: 'right',
      render: (_, v) => num(v.disengagements.per1000AutonomousKm, 2),
    },
    {
      key: 'takeovers',
      title: t('reports.column.takeovers'),
      align: 'right',
      render: (_, v) => v.takeoverRequests.count,
    },
    { key: 'violations', title: t('reports.column.violations'), align: 'right', dataIndex: 'violations' },
    {
      key: 'incidents',
      title: t('reports.column.incidents'),
      align: 'right',
      render: (_, v) => v.incidentsByKind.reduce((a, k) => a + k.count, 0),
    },
    { key: 'atFault', title: t('reports.column.atFault'), align: 'right', dataIndex: 'atFaultIncidents' },
  ];
  const zoneColumns: TableColumnsType<ZoneFigures> = [
    { key: 'zone', title: t('reports.column.zone'), render: (_, z) => (language === 'en' ? z.nameEn : z.nameZh) },
    { key: 'km', title: t('reports.column.autonomousKm'), align: 'right', render: (_, z) => num(z.autonomousKm) },
    {
      key: 'hours',
      title: t('reports.column.autonomousHours'),
      align: 'right',
      render: (_, z) => num(z.autonomousHours, 2),
    },
  ];
  const categoryColumns: TableColumnsType<CategoryFigures> = [
    { key: 'category', title: t('reports.column.category'), render: (_, c) => category(c.category) },
    { key: 'vehicles', title: t('reports.column.vehicles'), align: 'right', dataIndex: 'vehicles' },
    { key: 'distance', title: t('reports.column.distance'), align: 'right', render: (_, c) => num(c.distanceKm) },
    { key: 'km', title: t('reports.column.autonomousKm'), align: 'right', render: (_, c) => num(c.autonomousKm) },
    {
      key: 'hours',
      title: t('reports.column.autonomousHours'),
      align: 'right',
      render: (_, c) => num(c.autonomousHours, 2),
    },
  ];
  const table = { size: 'small', pagination: false, scroll: { x: 'max-content' } } as const;

  return (
    <Flex
      vertical
      gap={12}
      data-testid="periodic-report"
      data-enterprise-id={report.enterpriseId}
      data-vehicles={report.vehicles.length}
    >
      <Flex vertical gap={2}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="periodic-report-heading">
          {t(report.kind === 'end_of_test' ? 'reports.endOfTestHeading' : 'reports.heading', { name })}
        </Typography.Title>
        <Typography.Text>{t('reports.meta.period', { from: time(meta.from), to: time(meta.to) })}</Typography.Text>
        <Typography.Text type="secondary">
          {t('reports.meta.generated', { time: time(meta.generatedAt) })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {meta.dataFrom && meta.dataTo
            ? t('reports.meta.data', { from: time(meta.dataFrom), to: time(meta.dataTo) })
            : t('reports.meta.noData')}
        </Typography.Text>
        {meta.refreshedThrough ? (
          <Typography.Text type="secondary">
            {t('reports.meta.refreshed', { time: time(meta.refreshedThrough) })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Card size="small" title={t('reports.totals')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3, xl: 5 }}
          data-testid="periodic-report-totals"
          items={[
            { key: 'vehicles', label: t('reports.column.vehicles'), children: totals.vehicles },
            { key: 'distance', label: t('reports.column.distance'), children: num(totals.distanceKm) },
            { key: 'autonomous', label: t('reports.column.autonomousKm'), children: num(totals.autonomousDistanceKm) },
            { key: 'assisted', label: t('reports.column.assistedKm'), children: num(totals.assistedDistanceKm) },
            { key: 'hours', label: t('reports.column.autonomousHours'), children: num(totals.autonomousHours, 2) },
            { key: 'dis', label: t('reports.column.disengagements'), children: totals.disengagements.total },
            {
              key: 'rate',
              label: t('reports.column.per1000Km'),
              children: num(totals.disengagements.per1000AutonomousKm, 2),
            },
            { key: 'violations', label: t('reports.column.violations'), children: totals.violations },
            { key: 'incidents', label: t('reports.column.incidents'), children: totals.incidents },
            { key: 'atFault', label: t('reports.column.atFault'), children: totals.atFaultIncidents },
          ]}
        />
      </Card>
      <Card size="small" title={t('reports.byVehicle')}>
        <Table<VehicleFigures>
          {...table}
          data-testid="periodic-report-vehicles"
          rowKey="vehicleId"
          columns={vehicleColumns}
          dataSource={report.vehicles}
        />
      </Card>
      <Flex gap={12} wrap>
        <Card size="small" title={t('reports.byZone')} style={{ flex: '1 1 360px' }}>
          <Table<ZoneFigures> {...table} rowKey="zoneId" columns={zoneColumns} dataSource={report.byZone} />
        </Card>
        <Card size="small" title={t('reports.byCategory')} style={{ flex: '1 1 360px' }}>
          <Table<CategoryFigures>
            {...table}
            rowKey="category"
            columns={categoryColumns}
            dataSource={report.byCategory}
          />
        </Card>
        <Card size="small" title={t('reports.incidentsByKind')} style={{ flex: '1 1 240px' }}>
          <Descriptions
            size="small"
            column={1}
            items={report.incidentsByKind.map((k) => ({
              key: k.kind,
              label: incidentKindName(t, k.kind),
              children: k.count,
            }))}
          />
        </Card>
      </Flex>
    </Flex>
  );
}
