import { isAlertKind } from '@fleet/rules';
import type { Translate } from '@fleet/console-i18n';
import { DISENGAGEMENT_INITIATORS, type DisengagementInitiator } from '@fleet/reports-model';

const INCIDENT_KINDS = ['collision', 'fault_level_3', 'minimal_risk_maneuver', 'manual'] as const;
type IncidentKind = (typeof INCIDENT_KINDS)[number];

/*
 * Names of the kinds the reports count. A kind the server added after this console was built is shown raw rather
 * than hidden.
 */

export function alertKindName(t: Translate, kind: string): string {
  return isAlertKind(kind) ? t(`alertKind.${kind}`) : kind;
}

export function incidentKindName(t: Translate, kind: string): string {
  return (INCIDENT_KINDS as readonly string[]).includes(kind) ? t(`incidentKindName.${kind as IncidentKind}`) : kind;
}

export function initiatorName(t: Translate, initiator: string): string {
  return (DISENGAGEMENT_INITIATORS as readonly string[]).includes(initiator)
    ? t(`initiatorName.${initiator as DisengagementInitiator}`)
    : initiator;
}
