import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Flex, Select, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import { isAdminApiError, type AdminApi, type PermitAction } from '@fleet/console-admin-api';
import { errorMessageKey, useRemoteData } from '@fleet/console-admin-pages';
import { PERMIT_STATUSES, type Permit, type PermitStatus } from '@fleet/registry-model';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, type ConsoleChrome } from '@fleet/console-ui';
import { mayChangePermits } from '../utils/permit-actions.js';
import { PermitStatusDialog } from './permit-status-dialog.js';
import { PermitsTable } from './permits-table.js';

export type PermitsPageProps = { api: AdminApi; user: AuthUser; chrome: ConsoleChrome };

type PendingChange = { permit: Permit; action: PermitAction };

const DONE_KEYS = {
  suspend: 'permits.changed.suspend',
  reinstate: 'permits.changed.reinstate',
  revoke: 'permits.changed.revoke',
} as const satisfies Record<PermitAction, string>;

/** A permit as changed here, until a load brings one at least as recent. */
const newerOf = (loaded: Permit, changed: Permit | undefined): Permit =>
  changed && (changed.statusChangedAt ?? '') > (loaded.statusChangedAt ?? '') ? changed : loaded;

/**
 * 测试许可: the permits the role sees (an operator its own enterprise's); the admin and the regulator suspend,
 * reinstate and revoke them with a reason. A suspension reaches the live rules at once (server side).
 */
export function PermitsPage({ api, user, chrome }: PermitsPageProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<PermitStatus | undefined>(undefined);
  const loadPermits = useCallback((signal: AbortSignal) => api.permits.list({ status }, signal), [api, status]);
  const permits = useRemoteData(loadPermits, 'permits');
  const loadZones = useCallback((signal: AbortSignal) => api.zones.list(signal), [api]);
  const zones = useRemoteData(loadZones, 'zones');
  const [changed, setChanged] = useState<ReadonlyMap<string, Permit>>(() => new Map());
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [working, setWorking] = useState(false);
  const [changeError, setChangeError] = useState<string | null>(null);
  const mayChange = mayChangePermits(user.role);
  const reload = permits.reload;

  const zoneNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const f of zones.data?.features ?? []) names.set(f.properties.id, f.properties.name_zh);
    return names;
  }, [zones.data]);
  const shown = useMemo(
    () =>
      (permits.data ?? [])
        .map((p) => newerOf(p, changed.get(p.id)))
        .filter((p) => status === undefined || p.status === status),
    [permits.data, changed, status],
  );

  const confirm = useCallback(
    (reason: string) => {
      if (!pending) return;
      const { permit, action } = pending;
      setWorking(true);
      setChangeError(null);
      api.permits
        .change(permit.id, action, reason)
        .then((next) => {
          setChanged((m) => new Map(m).set(next.id, next));
          setPending(null);
          void message.success(t(DONE_KEYS[action], { id: permit.id }));
        })
        .catch((error: unknown) => {
          console.warn(`[console] permit ${action} failed`, error);
          if (isAdminApiError(error, 'conflict')) {
            setPending(null);
            reload();
            void message.warning(t('permits.conflict'));
            return;
          }
          setChangeError(t(errorMessageKey(error)));
        })
        .finally(() => setWorking(false));
    },
    [api, pending, reload, message, t],
  );

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <Card
        title={t('permits.title')}
        extra={
          <Flex gap={8} align="center">
            {mayChange ? null : (
              <Typography.Text type="secondary" data-testid="permits-read-only">
                {t('permits.readOnly')}
              </Typography.Text>
            )}
            <span data-testid="permits-filter-status">
              <Select<PermitStatus>
                size="small"
                allowClear
                value={status}
                placeholder={t('permits.filter.statusAll')}
                aria-label={t('permits.filter.status')}
                style={{ width: 120 }}
                onChange={(next: PermitStatus | undefined) => setStatus(next)}
                options={PERMIT_STATUSES.map((s) => ({
                  value: s,
                  label: <span data-testid={`permits-status-option-${s}`}>{t(`permitStatus.${s}`)}</span>,
                }))}
              />
            </span>
            <Button size="small" data-testid="permits-refresh" onClick={reload} disabled={permits.loading}>
              {t('common.refresh')}
            </Button>
          </Flex>
        }
      >
        {permits.error ? (
          <div data-testid="permits-error" role="alert" style={{ marginBottom: 12 }}>
            <Alert
              type="error"
              showIcon
              title={t(errorMessageKey(permits.error))}
              action={
                <Button size="small" onClick={reload}>
                  {t('common.retry')}
                </Button>
              }
            />
          </div>
        ) : null}
        <PermitsTable
          permits={shown}
          loading={permits.loading}
          zoneNames={zoneNames}
          mayChange={mayChange}
          onAction={(permit, action) => {
            setChangeError(null);
            setPending({ permit, action });
          }}
        />
      </Card>
      {pending ? (
        <PermitStatusDialog
          key={`${pending.permit.id}-${pending.action}`}
          permit={pending.permit}
          action={pending.action}
          working={working}
          error={changeError}
          onConfirm={confirm}
          onCancel={() => setPending(null)}
        />
      ) : null}
    </ConsoleLayout>
  );
}
