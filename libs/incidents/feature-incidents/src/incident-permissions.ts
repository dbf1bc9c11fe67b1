import type { Role } from '@fleet/auth-model';
import type { IncidentStep } from '@fleet/incidents-model';

/**
 * Who may take each step: the vehicle's operator drafts and submits; a regulator reviews, returns and closes; the
 * admin may do everything; the assessor only reads. Scope (an operator's own enterprise) is checked separately.
 */
export const STEP_ROLES: { readonly [S in IncidentStep]: readonly Role[] } = {
  draft: ['operator', 'admin'],
  submit: ['operator', 'admin'],
  review: ['regulator', 'admin'],
  return: ['regulator', 'admin'],
  close: ['regulator', 'admin'],
};

/** The report is the operator's document. */
export const REPORT_ROLES: readonly Role[] = ['operator', 'admin'];

/** While the operator is still writing. */
export const REPORT_EDITABLE = ['opened', 'drafting'] as const;
