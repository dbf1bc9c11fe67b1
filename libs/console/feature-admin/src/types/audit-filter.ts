/** What the audit log is narrowed to; empty means everything. */
export type AuditFilter = { action?: string; actorId?: string };
