import { Badge, Flex, Typography } from 'antd';
import type { AlertCounts } from '@fleet/console-live';
import type { Severity } from '@fleet/rules';
import { ALERT_SEVERITY_COLORS } from '@fleet/console-tokens';
import { useI18n } from '@fleet/console-i18n';

/** Most severe first: that is where the eye lands. */
const SHOWN_SEVERITIES = ['critical', 'warning', 'info'] as const satisfies readonly Severity[];

export type AlertCountsBarProps = {
  /** Null until the first load arrived (unknown is not zero). */
  counts: Readonly<AlertCounts> | null;
  /** The severity the panel is narrowed to; its badge looks pressed. */
  selected: Severity | undefined;
  onSelect: (severity: Severity | undefined) => void;
};

/** Unresolved alerts by severity as coloured badges; clicking one narrows the list to it (again: everything). */
export function AlertCountsBar({ counts, selected, onSelect }: AlertCountsBarProps) {
  const { t } = useI18n();
  return (
    <Flex gap={10} align="center" role="group" aria-label={t('alerts.filter.severity')}>
      {SHOWN_SEVERITIES.map((severity) => {
        const value = counts?.[severity];
        return (
          <button
            key={severity}
            type="button"
            data-testid={`alert-count-${severity}`}
            data-value={value ?? ''}
            aria-pressed={selected === severity}
            onClick={() => onSelect(selected === severity ? undefined : severity)}
            style={{
              all: 'unset',
              cursor: 'pointer',
              display: 'flex',
              alignItems: 'center',
              gap: 4,
              opacity: selected === undefined || selected === severity ? 1 : 0.45,
            }}
          >
            <Badge
              count={value ?? '…'}
              showZero
              overflowCount={999}
              color={ALERT_SEVERITY_COLORS[severity]}
              style={{ fontVariantNumeric: 'tabular-nums' }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`severity.${severity}`)}
            </Typography.Text>
          </button>
        );
      })}
    </Flex>
  );
}
