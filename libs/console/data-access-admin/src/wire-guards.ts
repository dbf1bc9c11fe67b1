import { isRole } from '@fleet/auth-model';
import type { Account, AuditEntry, IssuedVehicleCredential, VehicleCredential } from './admin-types.js';
import { isRecord, isString, isStringOrNull } from './guard-primitives.js';

const AUDIT_OUTCOMES: readonly unknown[] = ['success', 'denied', 'failure'];

/** `{items: T[]}` with every item passing `isItem`. */
export function isItemList<T>(value: unknown, isItem: (item: unknown) => item is T): value is { items: T[] } {
  return isRecord(value) && Array.isArray(value['items']) && value['items'].every(isItem);
}

export function isAuditEntry(v: unknown): v is AuditEntry {
  return (
    isRecord(v) &&
    typeof v['id'] === 'number' &&
    isString(v['at']) &&
    isString(v['actorId']) &&
    isString(v['actorName']) &&
    isString(v['actorRole']) &&
    isStringOrNull(v['enterpriseId']) &&
    isString(v['action']) &&
    isString(v['targetType']) &&
    isString(v['targetId']) &&
    AUDIT_OUTCOMES.includes(v['outcome']) &&
    isStringOrNull(v['ip']) &&
    isStringOrNull(v['userAgent']) &&
    isRecord(v['details'])
  );
}

export function isVehicleCredential(v: unknown): v is VehicleCredential {
  return (
    isRecord(v) &&
    isString(v['id']) &&
    isString(v['vehicleId']) &&
    isString(v['createdAt']) &&
    isString(v['createdBy']) &&
    isStringOrNull(v['expiresAt']) &&
    isStringOrNull(v['revokedAt']) &&
    typeof v['active'] === 'boolean'
  );
}

export function isIssuedVehicleCredential(v: unknown): v is IssuedVehicleCredential {
  return (
    isRecord(v) &&
    isString(v['credentialId']) &&
    isString(v['vehicleId']) &&
    isString(v['mqttUsername']) &&
    isString(v['mqttPassword']) &&
    v['mqttPassword'] !== '' &&
    isString(v['issuedAt']) &&
    isStringOrNull(v['previousValidUntil'])
  );
}

export function isAccount(v: unknown): v is Account {
  return (
    isRecord(v) &&
    isString(v['id']) &&
    isString(v['username']) &&
    isString(v['displayName']) &&
    isRole(v['role']) &&
    isStringOrNull(v['enterpriseId']) &&
    typeof v['disabled'] === 'boolean'
  );
}

/** The `{revoked: string[]}` answer of revoking credentials. */
export function isRevokedIds(v: unknown): v is { revoked: string[] } {
  return isRecord(v) && Array.isArray(v['revoked']) && v['revoked'].every(isString);
}

/** The `{revoked: n}` answer of ending an account's sessions. */
export function isRevokedCount(v: unknown): v is { revoked: number } {
  return isRecord(v) && typeof v['revoked'] === 'number';
}
