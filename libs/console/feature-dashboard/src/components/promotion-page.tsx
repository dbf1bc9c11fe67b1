import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Input, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import { errorMessageKey, formatDateTime, useRemoteData } from '@fleet/console-admin-pages';
import type { ReportsApi } from '@fleet/console-reports-api';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, type ConsoleChrome } from '@fleet/console-ui';
import { useEnterprises } from '../hooks/use-enterprises.js';
import { EnterpriseSelect } from './enterprise-select.js';
import { orderPromotionChecks } from '../utils/promotion-order.js';
import { PromotionTable } from './promotion-table.js';

export type PromotionPageProps = { api: AdminApi; reports: ReportsApi; user: AuthUser; chrome: ConsoleChrome };

/**
 * 晋级评估: whether each vehicle under each permit may move from road testing to demonstration (the server's check
 * with its thresholds as settings). Assessors read it; an operator sees its own vehicles.
 */
export function PromotionPage({ api, reports, user, chrome }: PromotionPageProps) {
  const { t, language } = useI18n();
  const enterprises = useEnterprises(api);
  const [enterpriseId, setEnterpriseId] = useState<string | undefined>(undefined);
  const [vehicleText, setVehicleText] = useState('');
  const [eligibleOnly, setEligibleOnly] = useState(false);
  const load = useCallback(
    (signal: AbortSignal) => reports.promotion({ enterpriseId }, signal),
    [reports, enterpriseId],
  );
  const promotion = useRemoteData(load, 'promotion');

  useEffect(() => {
    document.title = `${t('nav.promotion')} · ${t('app.title')}`;
  }, [t]);

  const all = promotion.data?.items;
  const thresholds = promotion.data?.thresholds;
  const shown = useMemo(() => {
    const needle = vehicleText.trim().toLowerCase();
    const ordered = thresholds ? orderPromotionChecks(all ?? [], thresholds) : (all ?? []);
    return ordered.filter(
      (c) =>
        (!eligibleOnly || c.eligible) &&
        (needle === '' || c.vehicleId.toLowerCase().includes(needle) || c.vin.toLowerCase().includes(needle)),
    );
  }, [all, thresholds, vehicleText, eligibleOnly]);

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <Card
        title={t('promotion.title')}
        extra={
          <Flex gap={8} align="center">
            {user.role === 'operator' ? null : (
              <EnterpriseSelect
                enterprises={enterprises}
                value={enterpriseId}
                onChange={setEnterpriseId}
                testId="promotion-enterprise"
              />
            )}
            <Input
              size="small"
              allowClear
              data-testid="promotion-filter-vehicle"
              value={vehicleText}
              placeholder={t('promotion.filter.vehicle')}
              aria-label={t('promotion.filter.vehicle')}
              style={{ width: 160 }}
              onChange={(e) => setVehicleText(e.target.value)}
            />
            <Checkbox
              data-testid="promotion-eligible-only"
              checked={eligibleOnly}
              onChange={(e) => setEligibleOnly(e.target.checked)}
            >
              {t('promotion.filter.eligibleOnly')}
            </Checkbox>
            <Button
              size="small"
              onClick={promotion.reload}
              disabled={promotion.loading}
              data-testid="promotion-refresh"
            >
              {t('common.refresh')}
            </Button>
          </Flex>
        }
      >
        <Flex vertical gap={8}>
          {thresholds ? (
            <Typography.Text data-testid="promotion-rule">
              {t('promotion.rule', { hours: thresholds.autonomousHours, km: thresholds.autonomousKm })}
            </Typography.Text>
          ) : null}
          {promotion.data ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="promotion-summary">
              {t('promotion.summary', {
                total: promotion.data.items.length,
                eligible: promotion.data.items.filter((c) => c.eligible).length,
              })}
              {' · '}
              {t('promotion.checkedAt', { time: formatDateTime(promotion.data.generatedAt, language) })}
            </Typography.Text>
          ) : null}
          {promotion.error ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="promotion-error"
              title={t(errorMessageKey(promotion.error))}
              action={
                <Button size="small" onClick={promotion.reload}>
                  {t('common.retry')}
                </Button>
              }
            />
          ) : null}
          <PromotionTable
            items={shown}
            thresholds={thresholds}
            loading={promotion.loading}
            enterpriseLabel={enterprises.label}
          />
        </Flex>
      </Card>
    </ConsoleLayout>
  );
}
