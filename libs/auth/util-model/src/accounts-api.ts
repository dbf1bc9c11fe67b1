import type { AuthUser } from './auth-api.js';
import type { Role } from './roles.js';

/** An account as admins list it (`GET /api/v1/users`). */
export type Account = AuthUser & { disabled: boolean };

/** `POST /api/v1/users` body: only an operator has (and must have) an enterprise. */
export type NewAccount = {
  username: string;
  displayName: string;
  role: Role;
  enterpriseId: string | null;
  password: string;
};

/** One MQTT credential of a vehicle as listed (never its secret). */
export type VehicleCredential = {
  id: string;
  vehicleId: string;
  createdAt: string;
  /** User name of whoever issued it. */
  createdBy: string;
  /** Set while a rotated credential is in its grace period (or after it ran out). */
  expiresAt: string | null;
  revokedAt: string | null;
  /** Usable right now: not revoked and not expired. */
  active: boolean;
};

/** The answer of `POST /api/v1/vehicles/{id}/credentials`: the only time the secret is ever shown. */
export type IssuedVehicleCredential = {
  credentialId: string;
  vehicleId: string;
  /** The vehicle id: the broker knows a vehicle by it. */
  mqttUsername: string;
  mqttPassword: string;
  issuedAt: string;
  /** When the replaced secrets stop working; null when they were revoked at once. */
  previousValidUntil: string | null;
};
