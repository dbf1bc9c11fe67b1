import { Button, Flex, Table, Tag, Typography } from 'antd';
import type { AlertView } from '@fleet/alerts-model';
import { formatDateTime } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import type { AlertStep } from '../types/alert-step.js';
import { alertDetailText } from '../utils/alert-detail-text.js';
import { alertKindLabel } from '../utils/alert-kind-label.js';
import { alertStepsOf } from '../utils/alert-steps.js';
import { AlertHandlingCell } from './alert-handling-cell.js';
import { AlertSeverityTag } from './alert-severity-tag.js';
import { AlertStatusTag } from './alert-status-tag.js';

export type AlertHistoryTableProps = {
  alerts: readonly AlertView[];
  loading: boolean;
  /** Acknowledge / resolve are offered on unresolved rows. */
  mayAct: boolean;
  onStep: (alert: AlertView, step: AlertStep) => void;
};

const STEP_LABELS = { acknowledge: 'alerts.acknowledge', resolve: 'alerts.resolve' } as const;

/** Every alert of the filter, newest first: when, which vehicle, what, how severe, where it stands, who handled it. */
export function AlertHistoryTable({ alerts, loading, mayAct, onStep }: AlertHistoryTableProps) {
  const { t, language } = useI18n();
  return (
    <div data-testid="alerts-table" data-count={alerts.length} data-loading={loading} style={{ overflowX: 'auto' }}>
      <Table<AlertView>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={alerts}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          {
            key: 'time',
            title: t('alerts.column.time'),
            render: (_, a) => (
              <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTime(a.raisedAt, language)}
              </span>
            ),
          },
          {
            key: 'vehicle',
            title: t('alerts.column.vehicle'),
            render: (_, a) => <span data-vehicle-id={a.vehicleId}>{a.vehicleId}</span>,
          },
          {
            key: 'kind',
            title: t('alerts.column.kind'),
            render: (_, a) => (
              <Flex gap={4} wrap align="center" data-kind={a.kind}>
                {alertKindLabel(t, a.kind)}
                {a.escalatedAt ? <Tag color="error">{t('alerts.escalated')}</Tag> : null}
              </Flex>
            ),
          },
          {
            key: 'severity',
            title: t('alerts.column.severity'),
            render: (_, a) => <AlertSeverityTag severity={a.severity} />,
          },
          { key: 'status', title: t('alerts.column.status'), render: (_, a) => <AlertStatusTag status={a.status} /> },
          {
            key: 'occurrences',
            title: t('alerts.column.occurrences'),
            align: 'right',
            render: (_, a) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{a.occurrences}</span>,
          },
          {
            key: 'detail',
            title: t('alerts.column.detail'),
            render: (_, a) => (
              // The server's own wording stays at hand on hover, for reports that quote it.
              <Typography.Text style={{ fontSize: 12 }} title={a.detail} data-testid="alert-detail">
                {alertDetailText(t, a)}
                {a.permitId ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {t('alerts.column.permit')} {a.permitId}
                  </Typography.Text>
                ) : null}
              </Typography.Text>
            ),
          },
          { key: 'handling', title: t('alerts.column.handling'), render: (_, a) => <AlertHandlingCell alert={a} /> },
          ...(mayAct
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, a: AlertView) => (
                    <Flex gap={6}>
                      {alertStepsOf(a).map((step) => (
                        <Button key={step} size="small" data-testid={`alert-${step}`} onClick={() => onStep(a, step)}>
                          {t(STEP_LABELS[step])}
                        </Button>
                      ))}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
