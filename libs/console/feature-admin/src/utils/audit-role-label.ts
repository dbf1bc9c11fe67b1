import { isRole } from '@fleet/auth-model';
import type { Translate } from '@fleet/console-i18n';

/** The role of an entry's actor: a role name, "not signed in" for failed sign-ins, else raw. */
export function auditRoleLabel(t: Translate, role: string): string {
  if (isRole(role)) return t(`role.${role}`);
  return role === 'anonymous' ? t('audit.role.anonymous') : role;
}
