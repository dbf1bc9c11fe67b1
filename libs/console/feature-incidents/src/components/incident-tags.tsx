import { Tag } from 'antd';
import type { EvidenceState, IncidentKind, IncidentStatus } from '@fleet/incidents-model';
import { useI18n } from '@fleet/console-i18n';
import { PALETTE } from '@fleet/console-tokens';

const STATUS_COLORS: Record<IncidentStatus, string> = {
  opened: PALETTE.warning,
  drafting: PALETTE.brand,
  submitted: PALETTE.brand,
  review: '#7c3aed',
  closed: PALETTE.offline,
};

export function IncidentStatusTag({ status }: { status: IncidentStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-testid="incident-status" data-status={status} color={STATUS_COLORS[status]}>
      {t(`incidentStatus.${status}`)}
    </Tag>
  );
}

export function IncidentKindTag({ kind }: { kind: IncidentKind }) {
  const { t } = useI18n();
  return (
    <Tag data-testid="incident-kind" data-kind={kind} color={kind === 'manual' ? undefined : PALETTE.danger}>
      {t(`incidentKind.${kind}`)}
    </Tag>
  );
}

export function EvidenceStateTag({ state }: { state: EvidenceState }) {
  const { t } = useI18n();
  return (
    <Tag
      data-testid="incident-evidence-state"
      data-state={state}
      color={state === 'locked' ? PALETTE.success : undefined}
    >
      {t(`evidenceState.${state}`)}
    </Tag>
  );
}
