import { Flex, Typography } from 'antd';
import type { AlertView } from '@fleet/alerts-model';
import { formatDateTime } from '@fleet/console-admin-pages';
import { useI18n } from '@fleet/console-i18n';

export type AlertHandlingCellProps = { alert: AlertView };

/** Who acknowledged and resolved the alert, when, with their notes; when the condition ended. */
export function AlertHandlingCell({ alert }: AlertHandlingCellProps) {
  const { t, language } = useI18n();
  const lines: { key: string; text: string; note: string | null }[] = [];
  if (alert.clearedAt)
    lines.push({
      key: 'cleared',
      text: t('alerts.clearedAt', { time: formatDateTime(alert.clearedAt, language) }),
      note: null,
    });
  if (alert.acknowledgedAt)
    lines.push({
      key: 'ack',
      text: t('alerts.acknowledgedBy', {
        name: alert.acknowledgedBy ?? t('common.none'),
        time: formatDateTime(alert.acknowledgedAt, language),
      }),
      note: alert.acknowledgeNote,
    });
  if (alert.resolvedAt)
    lines.push({
      key: 'resolve',
      text: t('alerts.resolvedBy', {
        name: alert.resolvedBy ?? t('common.none'),
        time: formatDateTime(alert.resolvedAt, language),
      }),
      note: alert.resolveNote,
    });
  if (lines.length === 0) return <>{t('common.none')}</>;
  return (
    <Flex vertical gap={2} style={{ fontSize: 12 }}>
      {lines.map((line) => (
        <span key={line.key}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {line.text}
          </Typography.Text>
          {line.note ? <Typography.Text style={{ fontSize: 12 }}>：{line.note}</Typography.Text> : null}
        </span>
      ))}
    </Flex>
  );
}
