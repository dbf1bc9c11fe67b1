import type { AdminHttp } from './admin-http.js';
import type { IssuedVehicleCredential, VehicleCredential } from './admin-types.js';
import { isIssuedVehicleCredential, isItemList, isRevokedIds, isVehicleCredential } from './wire-guards.js';

export const vehicleCredentialsPath = (vehicleId: string) =>
  `/api/v1/vehicles/${encodeURIComponent(vehicleId)}/credentials`;

/**
 * A vehicle's MQTT credentials. Listing is open to every role (scoped to what it may see); issuing and revoking
 * to admin, regulator and the operator of the vehicle's enterprise.
 */
export class VehicleCredentialsApi {
  constructor(private readonly http: AdminHttp) {}

  async list(vehicleId: string, signal?: AbortSignal): Promise<VehicleCredential[]> {
    const answer = await this.http.json(
      'GET',
      vehicleCredentialsPath(vehicleId),
      (v) => isItemList(v, isVehicleCredential),
      undefined,
      signal,
    );
    return answer.items;
  }

  /**
   * Issues a new secret. The vehicle's current secrets keep working for `previousValidForSeconds` (0: revoked at
   * once), so a fleet can roll the new one out first. The answer is the only place the secret ever appears.
   */
  issue(vehicleId: string, previousValidForSeconds: number): Promise<IssuedVehicleCredential> {
    return this.http.json('POST', vehicleCredentialsPath(vehicleId), isIssuedVehicleCredential, {
      previousValidForSeconds,
    });
  }

  /** Revokes every credential of the vehicle; connected terminals are disconnected. Returns the ids revoked. */
  async revokeAll(vehicleId: string): Promise<string[]> {
    return (await this.http.json('DELETE', vehicleCredentialsPath(vehicleId), isRevokedIds)).revoked;
  }

  async revokeOne(vehicleId: string, credentialId: string): Promise<string[]> {
    const path = `${vehicleCredentialsPath(vehicleId)}/${encodeURIComponent(credentialId)}`;
    return (await this.http.json('DELETE', path, isRevokedIds)).revoked;
  }
}
