import { Timeline, Typography } from 'antd';
import { formatDateTime } from '@fleet/console-admin-pages';
import type { IncidentHistoryEntry } from '@fleet/incidents-model';
import { INCIDENT_STEPS } from '@fleet/incidents-model';
import { useI18n, type Translate } from '@fleet/console-i18n';

const OTHER_ACTIONS = ['opened', 'report', 'attachment', 'evidence_locked'] as const;

function actionLabel(t: Translate, action: string): string {
  const step = INCIDENT_STEPS.find((s) => s === action);
  if (step) return t(`incidentStep.${step}`);
  const other = OTHER_ACTIONS.find((a) => a === action);
  return other ? t(`history.action.${other}`) : action;
}

/** Every step of the incident, oldest first: who, when, the status change and the note. */
export function IncidentHistory({ history }: { history: readonly IncidentHistoryEntry[] }) {
  const { t, language } = useI18n();
  return (
    <Timeline
      data-testid="incident-history"
      items={history.map((h, i) => ({
        key: i,
        content: (
          <div data-testid="incident-history-entry" data-action={h.action}>
            <Typography.Text strong>{actionLabel(t, h.action)}</Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(h.at, language)} · {h.actor === 'system' ? t('history.system') : h.actor}
              {h.fromStatus && h.toStatus && h.fromStatus !== h.toStatus
                ? ` · ${t(`incidentStatus.${h.fromStatus}`)} → ${t(`incidentStatus.${h.toStatus}`)}`
                : ''}
            </Typography.Text>
            {h.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}
