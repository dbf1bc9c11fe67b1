import { Tag } from 'antd';
import type { Severity } from '@fleet/rules';
import { ALERT_SEVERITY_COLORS } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';

export type AlertSeverityTagProps = { severity: Severity };

/** 严重 / 警告 / 提示 in the severity's colour. */
export function AlertSeverityTag({ severity }: AlertSeverityTagProps) {
  const { t } = useI18n();
  return (
    <Tag color={ALERT_SEVERITY_COLORS[severity]} data-severity={severity} style={{ marginInlineEnd: 0 }}>
      {t(`severity.${severity}`)}
    </Tag>
  );
}
