import type { MessageKey, Translate } from '@fleet/console-i18n';

/** Actions the server writes today, in the order the filter offers them. Others are shown as they are. */
export const KNOWN_AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.refresh',
  'vehicle_credentials.issue',
  'vehicle_credentials.revoke',
  'account.create',
  'account.disable',
  'account.enable',
  'account.revoke_sessions',
  'account.change_password',
  'alert.acknowledge',
  'alert.resolve',
  'permit.create',
  'permit.suspend',
  'permit.reinstate',
  'permit.revoke',
  'zone.import',
  'enterprise.register',
  'vehicle.register',
  'safety_officer.register',
] as const;

type KnownAuditAction = (typeof KNOWN_AUDIT_ACTIONS)[number];

const ACTION_KEYS = {
  'auth.login': 'audit.action.auth.login',
  'auth.logout': 'audit.action.auth.logout',
  'auth.refresh': 'audit.action.auth.refresh',
  'vehicle_credentials.issue': 'audit.action.vehicle_credentials.issue',
  'vehicle_credentials.revoke': 'audit.action.vehicle_credentials.revoke',
  'account.create': 'audit.action.account.create',
  'account.disable': 'audit.action.account.disable',
  'account.enable': 'audit.action.account.enable',
  'account.revoke_sessions': 'audit.action.account.revoke_sessions',
  'account.change_password': 'audit.action.account.change_password',
  'alert.acknowledge': 'audit.action.alert.acknowledge',
  'alert.resolve': 'audit.action.alert.resolve',
  'permit.create': 'audit.action.permit.create',
  'permit.suspend': 'audit.action.permit.suspend',
  'permit.reinstate': 'audit.action.permit.reinstate',
  'permit.revoke': 'audit.action.permit.revoke',
  'zone.import': 'audit.action.zone.import',
  'enterprise.register': 'audit.action.enterprise.register',
  'vehicle.register': 'audit.action.vehicle.register',
  'safety_officer.register': 'audit.action.safety_officer.register',
} as const satisfies Record<KnownAuditAction, MessageKey>;

const isKnownAction = (action: string): action is KnownAuditAction =>
  (KNOWN_AUDIT_ACTIONS as readonly string[]).includes(action);

/** A readable name of an action; an action this console does not know yet is shown raw rather than hidden. */
export function auditActionLabel(t: Translate, action: string): string {
  return isKnownAction(action) ? t(ACTION_KEYS[action]) : action;
}
