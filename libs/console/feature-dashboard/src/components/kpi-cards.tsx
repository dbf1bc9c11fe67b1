import { Card, Col, Row, Statistic } from 'antd';
import type { DashboardKpis } from '@fleet/reports-model';
import { useI18n, type MessageKey } from '@fleet/console-i18n';
import { formatNumber } from '../utils/format-number.js';

export type KpiCardsProps = {
  title: string;
  kpis: DashboardKpis | undefined;
  /** Unresolved alerts now (today's card only; null: not known for this choice). */
  openAlerts?: number | null;
  loading: boolean;
  testId: string;
};

type Figure = { key: string; label: MessageKey; value: string; suffix?: string };

/** One row of key figures: autonomous km and hours, vehicles on the road, disengagement rate, alerts, incidents. */
export function KpiCards({ title, kpis, openAlerts, loading, testId }: KpiCardsProps) {
  const { t, language } = useI18n();
  const figures: Figure[] = kpis
    ? [
        {
          key: 'autonomousKm',
          label: 'dashboard.kpi.autonomousKm',
          value: formatNumber(kpis.autonomousKm, language),
          suffix: t('dashboard.unit.km'),
        },
        {
          key: 'autonomousHours',
          label: 'dashboard.kpi.autonomousHours',
          value: formatNumber(kpis.autonomousHours, language),
          suffix: t('dashboard.unit.h'),
        },
        {
          key: 'vehiclesOnline',
          label: 'dashboard.kpi.vehiclesOnline',
          value: String(kpis.activeVehicles),
          suffix: t('dashboard.unit.vehicles', { total: kpis.vehicles }),
        },
        {
          key: 'disengagementRate',
          label: 'dashboard.kpi.disengagementRate',
          value: formatNumber(kpis.disengagementsPer1000Km, language, 2),
        },
        ...(openAlerts === undefined || openAlerts === null
          ? []
          : [{ key: 'openAlerts', label: 'dashboard.kpi.openAlerts' as const, value: String(openAlerts) }]),
        { key: 'alerts', label: 'dashboard.kpi.alerts', value: String(kpis.alerts) },
        { key: 'incidents', label: 'dashboard.kpi.incidents', value: String(kpis.incidents) },
      ]
    : [];
  return (
    <Card size="small" title={title} loading={loading && !kpis} data-testid={testId}>
      <Row gutter={[16, 8]}>
        {figures.map((f) => (
          <Col key={f.key} flex="1 0 140px">
            <Statistic
              title={t(f.label)}
              value={f.value}
              suffix={f.suffix}
              styles={{ content: { fontSize: 22 } }}
              data-testid={`${testId}-${f.key}`}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
