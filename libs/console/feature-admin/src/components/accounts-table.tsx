import { Button, Popconfirm, Space, Switch, Table, Tag, Tooltip } from 'antd';
import type { Account } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';

export type AccountsTableProps = {
  accounts: readonly Account[];
  loading: boolean;
  /** The signed-in admin, who cannot disable itself. */
  selfId: string;
  /** Accounts with a change in flight (their controls wait). */
  busyIds: ReadonlySet<string>;
  onSetDisabled: (account: Account, disabled: boolean) => void;
  onRevokeSessions: (account: Account) => void;
};

/** Every account: user name, name, role, test entity, status, and the admin's controls. */
export function AccountsTable({
  accounts,
  loading,
  selfId,
  busyIds,
  onSetDisabled,
  onRevokeSessions,
}: AccountsTableProps) {
  const { t } = useI18n();
  return (
    <div data-testid="accounts-table" data-count={accounts.length} style={{ overflowX: 'auto' }}>
      <Table<Account>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={accounts}
        columns={[
          {
            key: 'username',
            title: t('accounts.column.username'),
            render: (_, a) => (
              <span data-username={a.username}>
                {a.username}
                {a.id === selfId ? <Tag style={{ marginInlineStart: 6 }}>{t('common.you')}</Tag> : null}
              </span>
            ),
          },
          { key: 'name', title: t('accounts.column.displayName'), dataIndex: 'displayName' },
          {
            key: 'role',
            title: t('accounts.column.role'),
            render: (_, a) => <span data-role={a.role}>{t(`role.${a.role}`)}</span>,
          },
          {
            key: 'enterprise',
            title: t('accounts.column.enterprise'),
            render: (_, a) => a.enterpriseId ?? t('common.none'),
          },
          {
            key: 'status',
            title: t('accounts.column.status'),
            render: (_, a) => (
              <Tag color={a.disabled ? 'default' : 'success'} data-status={a.disabled ? 'disabled' : 'enabled'}>
                {t(a.disabled ? 'accounts.status.disabled' : 'accounts.status.enabled')}
              </Tag>
            ),
          },
          {
            key: 'actions',
            title: t('accounts.column.actions'),
            render: (_, a) => {
              const busy = busyIds.has(a.id);
              const self = a.id === selfId;
              return (
                <Space size={12}>
                  <Tooltip title={self ? t('accounts.selfLocked') : t('accounts.mayLogin')}>
                    <Switch
                      size="small"
                      data-testid="account-enabled-switch"
                      aria-label={`${t('accounts.mayLogin')} ${a.username}`}
                      checked={!a.disabled}
                      loading={busy}
                      disabled={self}
                      onChange={(enabled) => onSetDisabled(a, !enabled)}
                    />
                  </Tooltip>
                  <Popconfirm
                    title={t('accounts.revokeSessionsTitle', { username: a.username })}
                    description={t('accounts.revokeSessionsExplain')}
                    okText={
                      <span data-testid="account-revoke-sessions-confirm">{t('accounts.revokeSessionsConfirm')}</span>
                    }
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => onRevokeSessions(a)}
                  >
                    <Button size="small" data-testid="account-revoke-sessions" disabled={busy}>
                      {t('accounts.revokeSessions')}
                    </Button>
                  </Popconfirm>
                </Space>
              );
            },
          },
        ]}
      />
    </div>
  );
}
