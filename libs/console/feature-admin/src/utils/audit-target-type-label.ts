import type { MessageKey, Translate } from '@fleet/console-i18n';

const TARGET_KEYS: Readonly<Record<string, MessageKey>> = {
  session: 'audit.target.session',
  vehicle: 'audit.target.vehicle',
  user: 'audit.target.user',
  alert: 'audit.target.alert',
  permit: 'audit.target.permit',
};

/** The kind of an entry's target; raw when unknown, empty when the entry has none. */
export function auditTargetTypeLabel(t: Translate, targetType: string): string {
  const key = TARGET_KEYS[targetType];
  return key ? t(key) : targetType;
}
