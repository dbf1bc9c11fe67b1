import type { AlertKind } from '../alert-kinds.js';
import { type Evaluation, holdOneOf, type RaiseInput } from '../evaluation.js';
import type { PermitContext } from '../facts.js';

const PERMIT_KINDS: readonly AlertKind[] = ['no_active_permit', 'permit_expired', 'permit_suspended'];

/**
 * Why the permit does not cover operation at `timeMs`, or null when it does. One cause, one kind: a revoked or
 * not-yet-valid permit is no active permit at all; a lapsed validity counts as expired even before the registry
 * flips the status, so the alert does not wait for a nightly job.
 */
export function permitShortfall(
  permit: PermitContext | null,
  timeMs: number,
): { kind: AlertKind; input: RaiseInput } | null {
  if (!permit) return { kind: 'no_active_permit', input: { detail: 'no permit covers the vehicle', facts: {} } };
  const facts = {
    permitId: permit.permitId,
    status: permit.status,
    statusReason: permit.statusReason,
    validFromMs: permit.validFromMs,
    validToMs: permit.validToMs,
  };
  switch (permit.status) {
    case 'revoked':
      return { kind: 'no_active_permit', input: { detail: `permit ${permit.permitId} revoked`, facts } };
    case 'suspended':
      return { kind: 'permit_suspended', input: { detail: `permit ${permit.permitId} suspended`, facts } };
    case 'expired':
      return { kind: 'permit_expired', input: { detail: `permit ${permit.permitId} expired`, facts } };
    case 'active':
      if (timeMs < permit.validFromMs) {
        return { kind: 'no_active_permit', input: { detail: `permit ${permit.permitId} not yet valid`, facts } };
      }
      if (timeMs >= permit.validToMs) {
        return { kind: 'permit_expired', input: { detail: `permit ${permit.permitId} validity ended`, facts } };
      }
      return null;
  }
}

/** Permit missing, expired or suspended while operating under it; clears once it is valid or the vehicle stops operating. */
export function checkPermitStanding(
  ev: Evaluation,
  permit: PermitContext | null,
  timeMs: number,
  operating: boolean,
): void {
  const shortfall = operating ? permitShortfall(permit, timeMs) : null;
  holdOneOf(ev, PERMIT_KINDS, shortfall, timeMs, operating ? 'permit valid' : 'not operating under a permit');
}
