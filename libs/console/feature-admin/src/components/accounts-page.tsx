import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Space } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { Account, AdminApi } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, type ConsoleChrome } from '@fleet/console-ui';
import { useRemoteData } from '../hooks/use-remote-data.js';
import { errorMessageKey } from '../utils/error-message-key.js';
import { AccountsTable } from './accounts-table.js';
import { CreateAccountDialog } from './create-account-dialog.js';

export type AccountsPageProps = { api: AdminApi; user: AuthUser; chrome: ConsoleChrome };

/** 账号管理 (admin): every account, creating one, disabling / re-enabling, ending an account's sessions. */
export function AccountsPage({ api, user, chrome }: AccountsPageProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const load = useCallback((signal: AbortSignal) => api.accounts.list(signal), [api]);
  const accounts = useRemoteData(load, 'accounts');
  const reloadAccounts = accounts.reload;
  const [creating, setCreating] = useState(false);
  const [busyIds, setBusyIds] = useState<ReadonlySet<string>>(() => new Set());

  /** Runs one change of an account, keeps its controls waiting meanwhile, and shows the list as it now is. */
  const change = useCallback(
    (account: Account, work: () => Promise<string>) => {
      setBusyIds((ids) => new Set(ids).add(account.id));
      work()
        .then((done) => void message.success(done))
        .catch((error: unknown) => {
          console.warn('[console] account change failed', error);
          void message.error(t(errorMessageKey(error)));
        })
        .finally(() => {
          setBusyIds((ids) => {
            const next = new Set(ids);
            next.delete(account.id);
            return next;
          });
          reloadAccounts();
        });
    },
    [reloadAccounts, message, t],
  );

  const setDisabled = useCallback(
    (account: Account, disabled: boolean) =>
      change(account, async () => {
        await api.accounts.setDisabled(account.id, disabled);
        return t(disabled ? 'accounts.disabledDone' : 'accounts.enabledDone', { username: account.username });
      }),
    [api, change, t],
  );

  const revokeSessions = useCallback(
    (account: Account) =>
      change(account, async () => {
        const count = await api.accounts.revokeSessions(account.id);
        return t('accounts.revokedSessions', { count });
      }),
    [api, change, t],
  );

  const created = useCallback(
    (account: Account) => {
      setCreating(false);
      void message.success(t('accounts.form.created', { username: account.username }));
      reloadAccounts();
    },
    [reloadAccounts, message, t],
  );

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <Card
        title={t('accounts.title')}
        extra={
          <Space>
            <Button size="small" onClick={accounts.reload} disabled={accounts.loading}>
              {t('common.refresh')}
            </Button>
            <Button size="small" type="primary" data-testid="account-create" onClick={() => setCreating(true)}>
              {t('accounts.create')}
            </Button>
          </Space>
        }
      >
        {accounts.error ? (
          <div data-testid="accounts-error" role="alert" style={{ marginBottom: 12 }}>
            <Alert
              type="error"
              showIcon
              title={t(errorMessageKey(accounts.error))}
              action={
                <Button size="small" onClick={accounts.reload}>
                  {t('common.retry')}
                </Button>
              }
            />
          </div>
        ) : null}
        <AccountsTable
          accounts={accounts.data ?? []}
          loading={accounts.loading}
          selfId={user.id}
          busyIds={busyIds}
          onSetDisabled={setDisabled}
          onRevokeSessions={revokeSessions}
        />
      </Card>
      {creating ? (
        <CreateAccountDialog api={api.accounts} onCreated={created} onCancel={() => setCreating(false)} />
      ) : null}
    </ConsoleLayout>
  );
}
