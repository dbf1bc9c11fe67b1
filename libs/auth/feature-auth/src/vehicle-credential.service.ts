import type { DataScope, IssuedVehicleCredential, VehicleCredential } from '@fleet/auth-model';
import { newSecret, sameDigest, sha256, type VehicleCredentialRepository } from '@fleet/auth-data';
import { ApiError } from '@fleet/http';
import type { LiveBus } from '@fleet/live-bus';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import type { AuditService } from './audit.service.js';
import type { Principal, RequestOrigin } from './principal.js';

/** Issues, rotates, lists and revokes vehicles' MQTT credentials, and verifies them for the broker. */
export class VehicleCredentialService {
  constructor(
    private readonly credentials: VehicleCredentialRepository,
    private readonly audit: AuditService,
    private readonly bus: LiveBus,
  ) {}

  async issue(
    principal: Principal,
    scope: DataScope,
    vehicleId: string,
    previousGraceMs: number,
    origin: RequestOrigin,
  ): Promise<IssuedVehicleCredential> {
    const secret = newSecret('vsk');
    const issued = await this.credentials.issue(scope, vehicleId, sha256(secret), principal.username, previousGraceMs);
    if (!issued) throw new ApiError('not_found', `vehicle ${vehicleId} not found`);
    await this.audit.record(principal, origin, {
      action: 'vehicle_credentials.issue',
      target: { type: 'vehicle', id: vehicleId },
      details: { credentialId: issued.id, previousGraceMs },
    });
    if (previousGraceMs === 0) this.bus.publish({ type: 'vehicle-credentials-revoked', vehicleId });
    return {
      credentialId: issued.id,
      vehicleId,
      mqttUsername: vehicleId,
      mqttPassword: secret,
      issuedAt: issued.createdAt,
      previousValidUntil: previousGraceMs > 0 ? new Date(Date.now() + previousGraceMs).toISOString() : null,
    };
  }

  async list(scope: DataScope, vehicleId: string): Promise<VehicleCredential[]> {
    const items = await this.credentials.list(scope, vehicleId);
    if (!items) throw new ApiError('not_found', `vehicle ${vehicleId} not found`);
    return items;
  }

  async revoke(
    principal: Principal,
    scope: DataScope,
    vehicleId: string,
    credentialId: string | undefined,
    origin: RequestOrigin,
  ): Promise<string[]> {
    const revoked = await this.credentials.revoke(scope, vehicleId, credentialId, principal.username);
    if (!revoked) throw new ApiError('not_found', `vehicle ${vehicleId} not found`);
    if (credentialId && revoked.length === 0) throw new ApiError('not_found', `no active credential ${credentialId}`);
    await this.audit.record(principal, origin, {
      action: 'vehicle_credentials.revoke',
      target: { type: 'vehicle', id: vehicleId },
      details: { revoked },
    });
    // Connected terminals using a revoked secret are disconnected (embedded broker); they cannot reconnect.
    this.bus.publish({ type: 'vehicle-credentials-revoked', vehicleId });
    return revoked;
  }

  verify(vehicleId: string, secret: string): Promise<boolean> {
    return verifyVehicleSecret(this.credentials, vehicleId, secret);
  }
}

/** True when the secret is one of the vehicle's usable ones; used for every broker connection. */
export async function verifyVehicleSecret(
  credentials: VehicleCredentialRepository,
  vehicleId: string,
  secret: string,
): Promise<boolean> {
  if (!VEHICLE_ID_PATTERN.test(vehicleId) || secret.length === 0 || secret.length > 256) return false;
  const presented = sha256(secret);
  const hashes = await credentials.activeSecretHashes(vehicleId);
  // Compare against every hash, matching or not, so timing does not tell how many there are or which matched.
  return hashes.map((h) => sameDigest(presented, h)).includes(true);
}
