import { Flex, Tag } from 'antd';
import type { IncidentDeadline } from '@fleet/incidents-model';
import { useI18n, type Translate } from '@fleet/console-i18n';
import { PALETTE } from '@fleet/console-tokens';
import { deadlineView, durationParts, type DeadlineView } from '../utils/deadline-view.js';

export type DeadlineTagsProps = { deadlines: readonly IncidentDeadline[]; nowMs: number };

function durationText(t: Translate, ms: number): string {
  const p = durationParts(ms);
  switch (p.unit) {
    case 'days':
      return t('deadline.days', { d: p.d, h: p.h });
    case 'hours':
      return t('deadline.hours', { h: p.h, m: p.m });
    case 'minutes':
      return t('deadline.minutes', { m: p.m, s: p.s });
  }
}

function stateText(t: Translate, view: DeadlineView): string {
  switch (view.state) {
    case 'pending':
      return t('deadline.left', { time: durationText(t, view.ms) });
    case 'overdue':
      return t('deadline.overdue', { time: durationText(t, view.ms) });
    case 'met':
      return t('deadline.met');
    case 'met_late':
      return t('deadline.metLate');
  }
}

const COLORS = { pending: PALETTE.brand, overdue: PALETTE.danger, met: PALETTE.success, met_late: PALETTE.warning };

/** The incident's clocks (initial notice, analysis report): time left, or how late, overdue ones in red. */
export function DeadlineTags({ deadlines, nowMs }: DeadlineTagsProps) {
  const { t } = useI18n();
  return (
    <Flex gap={4} wrap>
      {deadlines.map((d) => {
        const view = deadlineView(d, nowMs);
        return (
          <Tag
            key={d.kind}
            data-testid="incident-deadline"
            data-kind={d.kind}
            data-state={view.state}
            color={COLORS[view.state]}
            style={{ marginInlineEnd: 0 }}
          >
            {t(`deadline.${d.kind}`)}：{stateText(t, view)}
          </Tag>
        );
      })}
    </Flex>
  );
}
