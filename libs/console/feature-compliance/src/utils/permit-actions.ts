import type { Role } from '@fleet/auth-model';
import type { PermitAction } from '@fleet/console-admin-api';
import type { PermitStatus } from '@fleet/registry-model';

/** Whether the role may suspend, reinstate and revoke permits (operators and assessors only read them). */
export function mayChangePermits(role: Role): boolean {
  switch (role) {
    case 'admin':
    case 'regulator':
      return true;
    case 'operator':
    case 'assessor':
      return false;
  }
}

/** The changes a permit's status allows, as the server's transitions do: revoked and expired are final. */
export function permitActionsOf(status: PermitStatus): readonly PermitAction[] {
  switch (status) {
    case 'active':
      return ['suspend', 'revoke'];
    case 'suspended':
      return ['reinstate', 'revoke'];
    case 'revoked':
    case 'expired':
      return [];
  }
}
