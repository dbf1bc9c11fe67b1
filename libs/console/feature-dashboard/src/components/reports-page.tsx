import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Empty, Flex, Spin, Typography } from 'antd';
import type { AuthUser } from '@fleet/auth-model';
import type { AdminApi } from '@fleet/console-admin-api';
import { errorMessageKey } from '@fleet/console-admin-pages';
import type { ReportQuery, ReportsApi } from '@fleet/console-reports-api';
import type { PeriodicReport } from '@fleet/reports-model';
import { useI18n } from '@fleet/console-i18n';
import { ConsoleLayout, LAYOUT, type ConsoleChrome } from '@fleet/console-ui';
import { useEnterprises } from '../hooks/use-enterprises.js';
import { useReportDownload } from '../hooks/use-report-download.js';
import type { PeriodPreset, ReportPeriod } from '../types/report-period.js';
import { presetPeriod } from '../utils/preset-period.js';
import { shanghaiDay } from '../utils/shanghai-days.js';
import { EnterpriseSelect } from './enterprise-select.js';
import { PeriodicReportView } from './periodic-report-view.js';
import { PeriodPicker } from './period-picker.js';
import { PrintStyles } from './print-styles.js';

export type ReportsPageProps = { api: AdminApi; reports: ReportsApi; user: AuthUser; chrome: ConsoleChrome };

type Loaded =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; report: PeriodicReport }
  | { status: 'failed'; error: unknown };

/**
 * 报告: the periodic report of one enterprise over a period (default the last six months) shown as a printable
 * document and downloadable as CSV, and the disengagement log (California DMV's columns) as CSV. An operator's
 * reports are its own enterprise's; the other roles choose one.
 */
export function ReportsPage({ api, reports, user, chrome }: ReportsPageProps) {
  const { t } = useI18n();
  const enterprises = useEnterprises(api);
  const isOperator = user.role === 'operator';
  const [enterpriseId, setEnterpriseId] = useState<string | undefined>(undefined);
  const [preset, setPreset] = useState<PeriodPreset | null>('180d');
  const [period, setPeriod] = useState<ReportPeriod>(() => presetPeriod('180d', Date.now()));
  const [loaded, setLoaded] = useState<Loaded>({ status: 'idle' });
  const { downloading, download } = useReportDownload();
  const ready = isOperator || enterpriseId !== undefined;
  const query = useMemo<ReportQuery>(
    () => ({ ...period, enterpriseId: isOperator ? undefined : enterpriseId }),
    [period, enterpriseId, isOperator],
  );
  const periodName = `${shanghaiDay(period.from.getTime())}_${shanghaiDay(period.to.getTime() - 1)}`;

  useEffect(() => {
    document.title = `${t('reports.title')} · ${t('app.title')}`;
  }, [t]);

  const generate = useCallback(() => {
    setLoaded({ status: 'loading' });
    reports.periodic(query).then(
      (report) => setLoaded({ status: 'done', report }),
      (error: unknown) => {
        console.warn('[console] periodic report failed', error);
        setLoaded({ status: 'failed', error });
      },
    );
  }, [reports, query]);

  const choosePreset = (next: PeriodPreset) => {
    setPreset(next);
    setPeriod(presetPeriod(next, Date.now()));
  };

  return (
    <ConsoleLayout chrome={chrome} scrollContent>
      <PrintStyles />
      <Flex vertical gap={LAYOUT.gap}>
        <Card size="small" title={t('reports.periodic')} data-print="hide">
          <Flex gap={8} align="center" wrap>
            {isOperator ? null : (
              <EnterpriseSelect
                enterprises={enterprises}
                value={enterpriseId}
                onChange={setEnterpriseId}
                allowAll={false}
                testId="reports-enterprise"
              />
            )}
            <PeriodPicker
              preset={preset}
              onPreset={choosePreset}
              onRange={(p) => {
                setPreset(null);
                setPeriod(p);
              }}
              testId="reports-period"
            />
            <Button
              type="primary"
              disabled={!ready}
              loading={loaded.status === 'loading'}
              onClick={generate}
              data-testid="reports-generate"
            >
              {t('reports.generate')}
            </Button>
            <Button
              disabled={!ready}
              loading={downloading === 'periodic'}
              onClick={() =>
                download(
                  'periodic',
                  () => reports.periodicCsv(query),
                  `periodic-report_${enterpriseId ?? 'own'}_${periodName}.csv`,
                )
              }
              data-testid="reports-periodic-csv"
            >
              {t('reports.downloadCsv')}
            </Button>
            <Button disabled={loaded.status !== 'done'} onClick={() => window.print()} data-testid="reports-print">
              {t('reports.print')}
            </Button>
          </Flex>
        </Card>
        <Card size="small" title={t('reports.disengagementLog')} data-print="hide">
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary" style={{ flex: '1 1 400px' }}>
              {t('reports.disengagementLogExplain')}
            </Typography.Text>
            <Button
              loading={downloading === 'disengagements'}
              onClick={() =>
                download('disengagements', () => reports.disengagementsCsv(query), `disengagements_${periodName}.csv`)
              }
              data-testid="reports-disengagements-csv"
            >
              {t('reports.downloadDisengagements')}
            </Button>
          </Flex>
        </Card>
        <div data-print="page">
          {loaded.status === 'done' ? (
            <Card size="small">
              <PeriodicReportView report={loaded.report} />
            </Card>
          ) : loaded.status === 'loading' ? (
            <Flex justify="center" style={{ padding: 48 }}>
              <Spin />
            </Flex>
          ) : loaded.status === 'failed' ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="reports-error"
              title={t(errorMessageKey(loaded.error))}
            />
          ) : (
            <Empty description={t('reports.empty')} data-print="hide" />
          )}
        </div>
      </Flex>
    </ConsoleLayout>
  );
}
