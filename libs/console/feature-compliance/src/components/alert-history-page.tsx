import { useState } from 'react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import { errorMessageKey } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, type ConsoleChrome } from '@fleet/console-ui';
import { useAlertHistory } from '../hooks/use-alert-history.js';
import { useAlertStep } from '../hooks/use-alert-step.js';
import type { AlertHistoryFilter } from '../types/alert-history-filter.js';
import { mayActOnAlerts } from '../utils/alert-steps.js';
import { AlertHistoryFilters } from './alert-history-filters.js';
import { AlertHistoryTable } from './alert-history-table.js';
import { AlertNoteDialog } from './alert-note-dialog.js';

export type AlertHistoryPageProps = { api: AdminApi; user: AuthUser; chrome: ConsoleChrome };

/** 告警记录 (every role, in its scope): all alerts, filtered, newest first, paged backwards; act on unresolved ones. */
export function AlertHistoryPage({ api, user, chrome }: AlertHistoryPageProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<AlertHistoryFilter>({});
  const history = useAlertHistory(api.alerts, filter);
  const reload = history.reload;
  const step = useAlertStep(api.alerts, history.replace, reload);
  const count = history.pages.alerts.length;
  const mayAct = mayActOnAlerts(user.role);

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <Card
        title={t('alerts.history.title')}
        extra={
          <Button size="small" data-testid="alerts-refresh" onClick={reload} disabled={history.loading}>
            {t('common.refresh')}
          </Button>
        }
      >
        <AlertHistoryFilters onApply={setFilter} />
        {history.error ? (
          <div data-testid="alerts-error" role="alert" style={{ marginBottom: 12 }}>
            <Alert
              type="error"
              showIcon
              title={t(errorMessageKey(history.error))}
              action={
                <Button size="small" onClick={history.retry}>
                  {t('common.retry')}
                </Button>
              }
            />
          </div>
        ) : null}
        <AlertHistoryTable
          alerts={history.pages.alerts}
          loading={history.loading}
          mayAct={mayAct}
          onStep={step.start}
        />
        <Flex justify="center" align="center" gap={12} style={{ marginTop: 12 }}>
          {history.pages.hasMore ? (
            <>
              <Typography.Text type="secondary">{t('common.loaded', { count })}</Typography.Text>
              <Button data-testid="alerts-load-more" onClick={history.loadMore} loading={history.loading}>
                {t('common.loadMore')}
              </Button>
            </>
          ) : count > 0 ? (
            <Typography.Text type="secondary" data-testid="alerts-all-loaded">
              {t('common.allLoaded', { count })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      {step.pending ? (
        <AlertNoteDialog
          key={`${step.pending.alert.id}-${step.pending.step}`}
          alert={step.pending.alert}
          step={step.pending.step}
          vehicleLabel={step.pending.alert.vehicleId}
          working={step.working}
          onConfirm={step.confirm}
          onCancel={step.cancel}
        />
      ) : null}
    </ConsoleLayout>
  );
}
