import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Col, Flex, Row, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import { errorMessageKey, formatDateTime, useRemoteData } from '@fleet/console-admin-pages';
import type { ReportsApi } from '@fleet/console-reports-api';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, LAYOUT, type ConsoleChrome } from '@fleet/console-ui';
import { useEnterprises } from '../hooks/use-enterprises.js';
import { useOpenAlerts } from '../hooks/use-open-alerts.js';
import type { PeriodPreset, ReportPeriod } from '../types/report-period.js';
import type { RasterTiles } from '../types/raster-tiles.js';
import { autonomousKmOption } from '../utils/autonomous-km-option.js';
import { disengagementOption } from '../utils/disengagement-option.js';
import { alertKindName, incidentKindName, initiatorName } from '../utils/kind-labels.js';
import { kindsOption } from '../utils/kinds-option.js';
import { onlineOption } from '../utils/online-option.js';
import { presetPeriod } from '../utils/preset-period.js';
import { shanghaiDay, shanghaiDays } from '../utils/shanghai-days.js';
import { ChartCard } from './chart-card.js';
import { CoverageMap } from './coverage-map.js';
import { EnterpriseSelect } from './enterprise-select.js';
import { KpiCards } from './kpi-cards.js';
import { PeriodPicker } from './period-picker.js';

export type DashboardPageProps = {
  api: AdminApi;
  reports: ReportsApi;
  user: AuthUser;
  chrome: ConsoleChrome;
  rasterTiles: RasterTiles | null;
};

/**
 * 数据看板: key figures of today and of a chosen period, charts of autonomous km, disengagement rates, alerts and
 * incidents, vehicles online, and where autonomous driving happened. An operator sees its own enterprise (the
 * server scopes every figure); the other roles may narrow to one enterprise.
 */
export function DashboardPage({ api, reports, user, chrome, rasterTiles }: DashboardPageProps) {
  const { t, language } = useI18n();
  const [preset, setPreset] = useState<PeriodPreset | null>('30d');
  const [period, setPeriod] = useState<ReportPeriod>(() => presetPeriod('30d', Date.now()));
  const [enterpriseId, setEnterpriseId] = useState<string | undefined>(undefined);
  const enterprises = useEnterprises(api);
  const openAlerts = useOpenAlerts(api);
  const mayChooseEnterprise = user.role !== 'operator';

  const query = useMemo(() => ({ ...period, enterpriseId }), [period, enterpriseId]);
  const loadDashboard = useCallback((signal: AbortSignal) => reports.dashboard(query, signal), [reports, query]);
  const dashboard = useRemoteData(loadDashboard, 'dashboard');
  const loadCoverage = useCallback((signal: AbortSignal) => reports.coverage(query, signal), [reports, query]);
  const coverage = useRemoteData(loadCoverage, 'coverage');

  useEffect(() => {
    document.title = `${t('dashboard.title')} · ${t('app.title')}`;
  }, [t]);

  const choosePreset = useCallback((next: PeriodPreset) => {
    setPreset(next);
    setPeriod(presetPeriod(next, Date.now()));
  }, []);
  const refresh = useCallback(() => {
    // A preset period ends "now": move it on, which also loads again.
    if (preset) setPeriod(presetPeriod(preset, Date.now()));
    else {
      dashboard.reload();
      coverage.reload();
    }
  }, [preset, dashboard, coverage]);

  const data = dashboard.data;
  const charts = useMemo(() => {
    if (!data) return null;
    return {
      km: autonomousKmOption(data.autonomousKmPerDay, shanghaiDays(period.from, period.to), enterprises.label),
      disengagements: disengagementOption(data.disengagementRates, {
        initiator: (i) => initiatorName(t, i),
        rate: t('dashboard.series.per1000Km'),
        count: t('dashboard.series.count'),
      }),
      kinds: kindsOption(data.alertsByKind, data.incidentsByKind, {
        alertKind: (k) => alertKindName(t, k),
        incidentKind: (k) => incidentKindName(t, k),
        alerts: t('dashboard.series.alerts'),
        incidents: t('dashboard.series.incidents'),
      }),
      online: onlineOption(data.vehiclesOnline, t('dashboard.series.online')),
    };
  }, [data, period, enterprises.label, t]);

  const lastDay = shanghaiDay(period.to.getTime() - 1);
  const meta = data?.meta;
  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <Flex
        vertical
        gap={LAYOUT.gap}
        data-testid="dashboard"
        data-loading={dashboard.loading ? 'true' : 'false'}
        data-from={period.from.toISOString()}
        data-to={period.to.toISOString()}
      >
        {/* In the page, not the header: the header's page menu leaves no room for these. */}
        <Flex gap={8} align="center" wrap>
          <PeriodPicker
            preset={preset}
            onPreset={choosePreset}
            onRange={(p) => {
              setPreset(null);
              setPeriod(p);
            }}
            testId="dashboard-period"
          />
          {mayChooseEnterprise ? (
            <EnterpriseSelect
              enterprises={enterprises}
              value={enterpriseId}
              onChange={setEnterpriseId}
              testId="dashboard-enterprise"
            />
          ) : null}
          <Button size="small" onClick={refresh} disabled={dashboard.loading} data-testid="dashboard-refresh">
            {t('common.refresh')}
          </Button>
        </Flex>
        {dashboard.error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="dashboard-error"
            title={t(errorMessageKey(dashboard.error))}
            action={
              <Button size="small" onClick={dashboard.reload}>
                {t('common.retry')}
              </Button>
            }
          />
        ) : null}
        <Row gutter={[LAYOUT.gap, LAYOUT.gap]}>
          <Col xs={24} xl={10}>
            <KpiCards
              title={t('dashboard.today')}
              kpis={data?.kpis.today}
              openAlerts={enterpriseId === undefined ? (openAlerts ?? null) : null}
              loading={dashboard.loading}
              testId="kpis-today"
            />
          </Col>
          <Col xs={24} xl={14}>
            <KpiCards
              title={t('dashboard.rangeTitle', { from: shanghaiDay(period.from.getTime()), to: lastDay })}
              kpis={data?.kpis.range}
              loading={dashboard.loading}
              testId="kpis-range"
            />
          </Col>
        </Row>
        <Row gutter={[LAYOUT.gap, LAYOUT.gap]}>
          <Col xs={24} xl={12}>
            <ChartCard
              title={t('dashboard.chart.autonomousKm')}
              option={charts?.km ?? null}
              hasData={(data?.autonomousKmPerDay.length ?? 0) > 0}
              loading={dashboard.loading}
              testId="chart-autonomous-km"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              title={t('dashboard.chart.disengagements')}
              option={charts?.disengagements ?? null}
              hasData={(data?.disengagementRates.length ?? 0) > 0}
              loading={dashboard.loading}
              testId="chart-disengagements"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              title={t('dashboard.chart.kinds')}
              option={charts?.kinds ?? null}
              hasData={(data?.alertsByKind.length ?? 0) + (data?.incidentsByKind.length ?? 0) > 0}
              loading={dashboard.loading}
              testId="chart-kinds"
            />
          </Col>
          <Col xs={24} xl={12}>
            <ChartCard
              title={t('dashboard.chart.online')}
              option={charts?.online ?? null}
              hasData={(data?.vehiclesOnline.length ?? 0) > 0}
              loading={dashboard.loading}
              testId="chart-online"
            />
          </Col>
        </Row>
        <CoverageMap coverage={coverage.data ?? null} rasterTiles={rasterTiles} />
        {meta ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="dashboard-meta">
            {meta.refreshedThrough
              ? t('dashboard.meta', {
                  time: formatDateTime(meta.refreshedThrough, language),
                  generated: formatDateTime(meta.generatedAt, language),
                })
              : t('dashboard.metaNotRefreshed', { generated: formatDateTime(meta.generatedAt, language) })}
          </Typography.Text>
        ) : null}
      </Flex>
    </ConsoleLayout>
  );
}
