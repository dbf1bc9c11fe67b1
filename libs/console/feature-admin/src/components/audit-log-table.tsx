import { Descriptions, Table, Tag, Tooltip, Typography } from 'antd';
import type { AuditEntry } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import type { KnownAccount } from '../types/known-account.js';
import { auditActorOf } from '../utils/audit-actor.js';
import { auditActionLabel } from '../utils/audit-action-label.js';
import { auditRoleLabel } from '../utils/audit-role-label.js';
import { auditTargetTypeLabel } from '../utils/audit-target-type-label.js';
import { formatDateTime } from '../utils/format-date-time.js';
import { AuditOutcomeTag } from './audit-outcome-tag.js';

export type AuditLogTableProps = {
  entries: readonly AuditEntry[];
  loading: boolean;
  known: ReadonlyMap<string, KnownAccount>;
  selfId: string;
};

/** Ids are long; the start tells them apart on screen, the whole id is in the tooltip. */
const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);
/** Targets whose ids people read and compare (vehicle and permit numbers), shown whole rather than shortened. */
const READABLE_TARGET_IDS: ReadonlySet<string> = new Set(['vehicle', 'permit', 'alert']);

type CellProps = { entry: AuditEntry; known: ReadonlyMap<string, KnownAccount> };

function ActorCell({ entry, known, selfId }: CellProps & { selfId: string }) {
  const { t } = useI18n();
  const actor = auditActorOf(entry.actorId, known, selfId);
  return (
    <span data-actor-id={entry.actorId}>
      {actor.kind === 'account' ? (
        <Tooltip title={`${actor.username} · ${entry.actorId}`}>
          <span>
            {actor.displayName}
            {actor.isSelf ? <Tag style={{ marginInlineStart: 6 }}>{t('common.you')}</Tag> : null}
          </span>
        </Tooltip>
      ) : (
        <Tooltip title={entry.actorId}>
          <Typography.Text code>{entry.actorName || shortId(entry.actorId)}</Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}

function TargetCell({ entry, known }: CellProps) {
  const { t } = useI18n();
  if (!entry.targetType && !entry.targetId) return <>{t('common.none')}</>;
  const account = entry.targetType === 'user' ? known.get(entry.targetId) : undefined;
  return (
    <span data-target-type={entry.targetType} data-target-id={entry.targetId}>
      {auditTargetTypeLabel(t, entry.targetType)}{' '}
      {account ? (
        account.displayName
      ) : (
        <Tooltip title={entry.targetId}>
          <Typography.Text code>
            {READABLE_TARGET_IDS.has(entry.targetType) ? entry.targetId : shortId(entry.targetId)}
          </Typography.Text>
        </Tooltip>
      )}
    </span>
  );
}

function EntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const items = [
    { key: 'ua', label: t('audit.userAgent'), children: entry.userAgent ?? t('common.none') },
    { key: 'enterprise', label: t('detail.enterprise'), children: entry.enterpriseId ?? t('common.none') },
    {
      key: 'details',
      label: t('audit.details'),
      children: (
        <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {JSON.stringify(entry.details)}
        </Typography.Text>
      ),
    },
  ];
  return <Descriptions size="small" column={1} items={items} styles={{ content: { wordBreak: 'break-all' } }} />;
}

/** The audit log as a table, newest first; rows with details (client, reasons) expand. */
export function AuditLogTable({ entries, loading, known, selfId }: AuditLogTableProps) {
  const { t, language } = useI18n();
  return (
    // Scrolls sideways on narrow screens; not antd's `scroll.x`, which sizes columns by the expanded rows' width.
    <div data-testid="audit-table" data-count={entries.length} data-loading={loading} style={{ overflowX: 'auto' }}>
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={entries}
        locale={{ emptyText: t('audit.empty') }}
        expandable={{ expandedRowRender: (entry) => <EntryDetails entry={entry} /> }}
        columns={[
          {
            key: 'time',
            title: t('audit.column.time'),
            render: (_, entry) => (
              <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTime(entry.at, language)}
              </span>
            ),
          },
          {
            key: 'actor',
            title: t('audit.column.actor'),
            render: (_, entry) => <ActorCell entry={entry} known={known} selfId={selfId} />,
          },
          {
            key: 'role',
            title: t('audit.column.role'),
            render: (_, entry) => auditRoleLabel(t, entry.actorRole),
          },
          {
            key: 'action',
            title: t('audit.column.action'),
            render: (_, entry) => <span data-action={entry.action}>{auditActionLabel(t, entry.action)}</span>,
          },
          {
            key: 'target',
            title: t('audit.column.target'),
            render: (_, entry) => <TargetCell entry={entry} known={known} />,
          },
          {
            key: 'outcome',
            title: t('audit.column.outcome'),
            render: (_, entry) => <AuditOutcomeTag outcome={entry.outcome} />,
          },
          {
            key: 'address',
            title: t('audit.column.address'),
            render: (_, entry) => (
              <Tooltip title={entry.userAgent ?? undefined}>
                <span style={{ fontVariantNumeric: 'tabular-nums' }}>{entry.ip ?? t('common.none')}</span>
              </Tooltip>
            ),
          },
        ]}
      />
    </div>
  );
}
