import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { PermitAction } from '@fleet/console-admin-api';
import type { Permit } from '@fleet/registry-model';
import { formatDateTime } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import { formatCny } from '../utils/format-cny.js';
import { formatDate } from '../utils/format-date.js';
import { permitActionsOf } from '../utils/permit-actions.js';
import { timeWindowsText } from '../utils/time-windows-text.js';
import { PermitStatusTag } from './permit-status-tag.js';

export type PermitsTableProps = {
  permits: readonly Permit[];
  loading: boolean;
  /** Zone names by id (ids are shown until they are known). */
  zoneNames: ReadonlyMap<string, string>;
  /** Suspend / reinstate / revoke are offered (admin, regulator). */
  mayChange: boolean;
  onAction: (permit: Permit, action: PermitAction) => void;
};

/** Ids listed in a tooltip at most; a permit may cover thousands of vehicles. */
const TOOLTIP_IDS = 40;
const listed = (ids: readonly string[]) =>
  ids.length > TOOLTIP_IDS ? `${ids.slice(0, TOOLTIP_IDS).join('、')}…` : ids.join('、');

const ACTION_LABELS = {
  suspend: 'permits.action.suspend',
  reinstate: 'permits.action.reinstate',
  revoke: 'permits.action.revoke',
} as const satisfies Record<PermitAction, string>;

/** Every permit the role sees: stage, scope (vehicles, zones, hours, speed), validity, conditions and standing. */
export function PermitsTable({ permits, loading, zoneNames, mayChange, onAction }: PermitsTableProps) {
  const { t, language } = useI18n();
  return (
    <div data-testid="permits-table" data-count={permits.length} data-loading={loading} style={{ overflowX: 'auto' }}>
      <Table<Permit>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={permits}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          {
            key: 'id',
            title: t('permits.column.id'),
            render: (_, p) => (
              <Tooltip title={p.weatherNote || undefined}>
                <Typography.Text code data-permit-id={p.id} style={{ whiteSpace: 'nowrap' }}>
                  {p.id}
                </Typography.Text>
              </Tooltip>
            ),
          },
          {
            key: 'enterprise',
            title: t('permits.column.enterprise'),
            render: (_, p) => <span style={{ whiteSpace: 'nowrap' }}>{p.enterpriseId}</span>,
          },
          {
            key: 'stage',
            title: t('permits.column.stage'),
            render: (_, p) => (
              <span data-stage={p.stage} style={{ whiteSpace: 'nowrap' }}>
                {t(`permitStage.${p.stage}`)}
              </span>
            ),
          },
          {
            key: 'vehicles',
            title: t('permits.column.vehicles'),
            render: (_, p) => (
              <Tooltip title={listed(p.vehicleIds)}>
                <span data-count={p.vehicleIds.length} style={{ whiteSpace: 'nowrap' }}>
                  {t('permits.vehicleCount', { count: p.vehicleIds.length })}
                </span>
              </Tooltip>
            ),
          },
          {
            key: 'zones',
            title: t('permits.column.zones'),
            render: (_, p) => (
              <Tooltip title={listed(p.zoneIds.map((id) => zoneNames.get(id) ?? id))}>
                <span data-count={p.zoneIds.length} style={{ whiteSpace: 'nowrap' }}>
                  {t('permits.zoneCount', { count: p.zoneIds.length })}
                </span>
              </Tooltip>
            ),
          },
          {
            key: 'windows',
            title: t('permits.column.windows'),
            render: (_, p) => (
              <span style={{ fontVariantNumeric: 'tabular-nums' }}>
                {timeWindowsText(p.timeWindows) ?? t('permits.allDay')}
              </span>
            ),
          },
          {
            key: 'speed',
            title: t('permits.column.speedCap'),
            render: (_, p) => (
              <span style={{ whiteSpace: 'nowrap' }}>{t('permits.speedCapValue', { value: p.speedCapKph })}</span>
            ),
          },
          {
            key: 'validity',
            title: t('permits.column.validity'),
            render: (_, p) => (
              <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {t('permits.validity', {
                  from: formatDate(p.validFrom, language),
                  to: formatDate(p.validTo, language),
                })}
              </span>
            ),
          },
          {
            key: 'flags',
            title: t('permits.column.flags'),
            render: (_, p) => (
              <Flex gap={4} wrap>
                {p.safetyOfficerRequired ? (
                  <Tag data-flag="safety-officer">{t('permits.flag.safetyOfficer')}</Tag>
                ) : null}
                {p.driverlessAllowed ? <Tag data-flag="driverless">{t('permits.flag.driverless')}</Tag> : null}
                <Tag>{t('permits.flag.insured', { amount: formatCny(p.insuredAmountCny, language) })}</Tag>
              </Flex>
            ),
          },
          {
            key: 'status',
            title: t('permits.column.status'),
            render: (_, p) => (
              <Flex vertical gap={2} style={{ minWidth: 120 }}>
                <span>
                  <PermitStatusTag status={p.status} />
                </span>
                {p.statusReason ? (
                  <Typography.Text style={{ fontSize: 12 }} data-testid="permit-status-reason">
                    {p.statusReason}
                  </Typography.Text>
                ) : null}
                {p.statusChangedAt ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('permits.statusChangedBy', {
                      name: p.statusChangedBy ?? t('common.none'),
                      time: formatDateTime(p.statusChangedAt, language),
                    })}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          ...(mayChange
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, p: Permit) => (
                    <Flex gap={6}>
                      {permitActionsOf(p.status).map((action) => (
                        <Button
                          key={action}
                          size="small"
                          danger={action !== 'reinstate'}
                          data-testid={`permit-${action}`}
                          onClick={() => onAction(p, action)}
                        >
                          {t(ACTION_LABELS[action])}
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
