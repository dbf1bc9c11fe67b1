import type { Role } from '@fleet/auth-model';
import type { ConsolePage } from '@fleet/console-ui';

/**
 * The pages a role finds in the menu. Convenience only: the server refuses every call a role may not make, so
 * a page opened by hand would show a refusal, never data.
 */
export function pagesFor(role: Role): readonly ConsolePage[] {
  switch (role) {
    case 'admin':
      return [
        'live',
        'dashboard',
        'alerts',
        'incidents',
        'replay',
        'permits',
        'registry',
        'promotion',
        'reports',
        'audit',
        'accounts',
      ];
    case 'regulator':
      return [
        'live',
        'dashboard',
        'alerts',
        'incidents',
        'replay',
        'permits',
        'registry',
        'promotion',
        'reports',
        'audit',
      ];
    case 'operator':
    case 'assessor':
      return ['live', 'dashboard', 'alerts', 'incidents', 'replay', 'permits', 'registry', 'promotion', 'reports'];
  }
}
