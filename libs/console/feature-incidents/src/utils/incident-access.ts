import type { Role } from '@fleet/auth-model';
import { INCIDENT_STEP_TABLE, INCIDENT_STEPS, type IncidentStatus, type IncidentStep } from '@fleet/incidents-model';

/** Who takes each step (the server enforces the same; this only decides which buttons to show). */
const STEP_ROLES: { readonly [S in IncidentStep]: readonly Role[] } = {
  draft: ['operator', 'admin'],
  submit: ['operator', 'admin'],
  review: ['regulator', 'admin'],
  return: ['regulator', 'admin'],
  close: ['regulator', 'admin'],
};

/** The steps the role may take from the status, in workflow order. */
export function stepsFor(role: Role, status: IncidentStatus): IncidentStep[] {
  return INCIDENT_STEPS.filter(
    (step) => STEP_ROLES[step].includes(role) && INCIDENT_STEP_TABLE[step].from.includes(status),
  );
}

/** The operator drafts the report (the admin may stand in) until it is submitted. */
export function mayEditReport(role: Role, status: IncidentStatus): boolean {
  return (role === 'operator' || role === 'admin') && (status === 'opened' || status === 'drafting');
}

/** Opening by hand and uploading attachments: every role but the assessor, who only reads. */
export function mayWriteIncidents(role: Role): boolean {
  return role !== 'assessor';
}
