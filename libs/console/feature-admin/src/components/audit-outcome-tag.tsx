import { Tag } from 'antd';
import type { AuditOutcome } from '@fleet/console-admin-api';
import { useI18n } from '@fleet/console-i18n';

/** antd status presets, which the console theme maps to the palette's success / warning / danger tokens. */
const OUTCOME_COLORS = {
  success: 'success',
  denied: 'warning',
  failure: 'error',
} as const satisfies Record<AuditOutcome, 'success' | 'warning' | 'error'>;

export type AuditOutcomeTagProps = { outcome: AuditOutcome };

/** Succeeded / denied / failed, coloured so refusals stand out while scanning the log. */
export function AuditOutcomeTag({ outcome }: AuditOutcomeTagProps) {
  const { t } = useI18n();
  return (
    <Tag color={OUTCOME_COLORS[outcome]} data-outcome={outcome} style={{ marginInlineEnd: 0 }}>
      {t(`audit.outcome.${outcome}`)}
    </Tag>
  );
}
