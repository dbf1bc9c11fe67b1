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

export type { Account, IssuedVehicleCredential, NewAccount, VehicleCredential } from '@fleet/auth-model';
