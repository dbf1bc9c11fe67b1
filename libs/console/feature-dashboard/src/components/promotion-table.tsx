import { Flex, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { PromotionCheck, PromotionThresholds } from '@fleet/reports-model';
import { PERMIT_STAGES, type PermitStage } from '@fleet/registry-model';
import { useI18n } from '@fleet/console-i18n';
import { PALETTE } from '@fleet/console-tokens';
import { formatNumber } from '../utils/format-number.js';
import { shanghaiDay } from '../utils/shanghai-days.js';

export type PromotionTableProps = {
  items: readonly PromotionCheck[];
  thresholds: PromotionThresholds | undefined;
  loading: boolean;
  enterpriseLabel: (id: string) => string;
};

const rowKey = (c: PromotionCheck) => `${c.permitId}|${c.vehicleId}`;
const isPermitStage = (s: string): s is PermitStage => (PERMIT_STAGES as readonly string[]).includes(s);

/** One row per vehicle and permit: progress towards the thresholds, violations, incidents and the verdict. */
export function PromotionTable({ items, thresholds, loading, enterpriseLabel }: PromotionTableProps) {
  const { t, language } = useI18n();
  const progress = (value: number, threshold: number | undefined, met: boolean, unit: string, testId: string) => (
    <Flex vertical gap={0} data-testid={testId} data-value={value}>
      <Typography.Text>
        {formatNumber(value, language)} / {threshold ?? '—'} {unit}
      </Typography.Text>
      <Progress
        size="small"
        showInfo={false}
        percent={threshold ? Math.min(100, (value / threshold) * 100) : 0}
        status={met ? 'success' : 'normal'}
      />
    </Flex>
  );
  const count = (n: number, testId: string) => (
    <Typography.Text data-testid={testId} style={n > 0 ? { color: PALETTE.danger, fontWeight: 600 } : undefined}>
      {n}
    </Typography.Text>
  );
  const columns: TableColumnsType<PromotionCheck> = [
    {
      key: 'vehicle',
      title: t('promotion.column.vehicle'),
      render: (_, c) => (
        <Flex vertical>
          <Typography.Text strong data-testid="promotion-vehicle">
            {c.vehicleId}
          </Typography.Text>
          <Typography.Text type="secondary" code style={{ fontSize: 11 }}>
            {c.vin}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'enterprise', title: t('promotion.column.enterprise'), render: (_, c) => enterpriseLabel(c.enterpriseId) },
    {
      key: 'permit',
      title: t('promotion.column.permit'),
      render: (_, c) => (
        <Flex vertical>
          <span>{c.permitId}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {isPermitStage(c.permitStage) ? t(`permitStage.${c.permitStage}`) : c.permitStage}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'period',
      title: t('promotion.column.period'),
      // `to` is exclusive: the last day counted is the one before it.
      render: (_, c) => `${shanghaiDay(Date.parse(c.from))} – ${shanghaiDay(Date.parse(c.to) - 1)}`,
    },
    {
      key: 'hours',
      title: t('promotion.column.hours'),
      width: 170,
      render: (_, c) =>
        progress(c.autonomousHoursInZone, thresholds?.autonomousHours, c.meetsHours, 'h', 'promotion-hours'),
    },
    {
      key: 'km',
      title: t('promotion.column.km'),
      width: 170,
      render: (_, c) => progress(c.autonomousKmInZone, thresholds?.autonomousKm, c.meetsKm, 'km', 'promotion-km'),
    },
    {
      key: 'violations',
      title: t('promotion.column.violations'),
      render: (_, c) => count(c.violations, 'promotion-violations'),
    },
    {
      key: 'atFault',
      title: t('promotion.column.atFault'),
      render: (_, c) => count(c.atFaultIncidents, 'promotion-at-fault'),
    },
    { key: 'undetermined', title: t('promotion.column.undetermined'), render: (_, c) => c.undeterminedIncidents },
    {
      key: 'result',
      title: t('promotion.column.result'),
      render: (_, c) => (
        <Flex
          vertical
          gap={2}
          align="start"
          data-testid="promotion-result"
          data-eligible={c.eligible ? 'true' : 'false'}
        >
          <Tag color={c.eligible ? 'success' : 'default'}>
            {c.eligible ? t('promotion.eligible') : t('promotion.notEligible')}
          </Tag>
          {c.reasons.map((r) => (
            <Typography.Text key={r} type="secondary" style={{ fontSize: 12 }}>
              {t(`promotion.reason.${r}`)}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
  ];
  return (
    <Table<PromotionCheck>
      data-testid="promotion-table"
      data-loading={loading ? 'true' : 'false'}
      data-count={items.length}
      size="small"
      rowKey={rowKey}
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
    />
  );
}
