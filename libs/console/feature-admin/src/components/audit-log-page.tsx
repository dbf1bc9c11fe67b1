import { useMemo, useState } from 'react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, type ConsoleChrome } from '@fleet/console-ui';
import { useAuditLog } from '../hooks/use-audit-log.js';
import { useKnownAccounts } from '../hooks/use-known-accounts.js';
import type { AuditFilter } from '../types/audit-filter.js';
import { errorMessageKey } from '../utils/error-message-key.js';
import { AuditFiltersBar } from './audit-filters-bar.js';
import { AuditLogTable } from './audit-log-table.js';

export type AuditLogPageProps = { api: AdminApi; user: AuthUser; chrome: ConsoleChrome };

/** 审计日志 (admin, regulator): who did what, when, from where, with what result; filtered and paged backwards. */
export function AuditLogPage({ api, user, chrome }: AuditLogPageProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(api.audit, filter);
  const known = useKnownAccounts(api.accounts, user);
  const accounts = useMemo(() => [...known.values()], [known]);
  const count = log.pages.entries.length;

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <Card
        title={t('audit.title')}
        extra={
          <Button size="small" data-testid="audit-refresh" onClick={log.reload} disabled={log.loading}>
            {t('common.refresh')}
          </Button>
        }
      >
        <AuditFiltersBar accounts={accounts} onApply={setFilter} />
        {log.error ? (
          <div data-testid="audit-error" role="alert" style={{ marginBottom: 12 }}>
            <Alert
              type="error"
              showIcon
              title={t(errorMessageKey(log.error))}
              action={
                <Button size="small" onClick={log.retry}>
                  {t('common.retry')}
                </Button>
              }
            />
          </div>
        ) : null}
        <AuditLogTable entries={log.pages.entries} loading={log.loading} known={known} selfId={user.id} />
        <Flex justify="center" align="center" gap={12} style={{ marginTop: 12 }}>
          {log.pages.hasMore ? (
            <>
              <Typography.Text type="secondary">{t('audit.loaded', { count })}</Typography.Text>
              <Button data-testid="audit-load-more" onClick={log.loadMore} loading={log.loading}>
                {t('audit.loadMore')}
              </Button>
            </>
          ) : count > 0 ? (
            <Typography.Text type="secondary" data-testid="audit-all-loaded">
              {t('audit.allLoaded', { count })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
    </ConsoleLayout>
  );
}
