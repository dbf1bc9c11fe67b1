import type { Role } from '@fleet/auth-model';

/**
 * Whether the role registers test entities, vehicles, safety officers and zones on this page, the regulators'
 * registry; the other roles read what the server lets them see. The server would also accept an operator's
 * safety officers for its own enterprise; the page does not offer that (yet). Convenience only: the server
 * refuses every registration a role may not make.
 */
export function mayEditRegistry(role: Role): boolean {
  switch (role) {
    case 'admin':
    case 'regulator':
      return true;
    case 'operator':
    case 'assessor':
      return false;
  }
}
