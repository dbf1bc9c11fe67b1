import type { AuthUser, Role } from '@fleet/auth-model';

/** How an audited step ended: done, refused by a rule (wrong password, role, scope), or broken. */
export type AuditOutcome = 'success' | 'denied' | 'failure';

/** One entry of `GET /api/v1/audit`. `actorId` is an account id, or the user name tried by someone not signed in. */
export type AuditEntry = {
  id: number;
  /** ISO 8601. */
  at: string;
  actorId: string;
  /** The user name at the time of the step (the name tried, for a refused sign-in). */
  actorName: string;
  /** A role, or `anonymous` for someone not signed in. */
  actorRole: string;
  enterpriseId: string | null;
  action: string;
  /** Empty when the step has no target. */
  targetType: string;
  targetId: string;
  outcome: AuditOutcome;
  ip: string | null;
  userAgent: string | null;
  details: Readonly<Record<string, unknown>>;
};

/** Filters of the audit log; `beforeId` pages backwards (entries older than that id). */
export type AuditQuery = {
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit?: number;
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

/** The answer of issuing credentials: the only time the secret is ever shown. */
export type IssuedVehicleCredential = {
  credentialId: string;
  vehicleId: string;
  mqttUsername: string;
  mqttPassword: string;
  issuedAt: string;
  /** When the replaced secrets stop working; null when they were revoked at once. */
  previousValidUntil: string | null;
};

/** An account as the admin sees it. */
export type Account = AuthUser & { disabled: boolean };

/** `POST /api/v1/users` body: only an operator has (and must have) an enterprise. */
export type NewAccount = {
  username: string;
  displayName: string;
  role: Role;
  enterpriseId: string | null;
  password: string;
};
