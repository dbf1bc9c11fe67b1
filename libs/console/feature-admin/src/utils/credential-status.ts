import type { VehicleCredential } from '@fleet/console-admin-api';

/**
 * A credential's state as the panel shows it: usable without end (`active`), usable until a rotation's grace
 * period ends (`expiring`), ran out (`expired`), or revoked by someone (`revoked`).
 */
export type CredentialStatus = 'active' | 'expiring' | 'expired' | 'revoked';

/** Reads the server's own verdict (`active`, at listing time) rather than comparing clocks with it. */
export function credentialStatusOf(credential: VehicleCredential): CredentialStatus {
  if (credential.revokedAt !== null) return 'revoked';
  if (!credential.active) return 'expired';
  return credential.expiresAt === null ? 'active' : 'expiring';
}
