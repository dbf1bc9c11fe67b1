import type { AuditLogRepository, AuditOutcome } from '@fleet/auth-data';
import type { Principal, RequestOrigin } from './principal.js';

/** The actor of an audited step: a signed-in person, or someone who is not (yet), such as a failed sign-in. */
export type AuditActor =
  | Pick<Principal, 'id' | 'username' | 'role' | 'enterpriseId'>
  | { id: string; username: string; role: 'anonymous'; enterpriseId: null };

export type AuditStep = {
  action: string;
  target?: { type: string; id: string };
  outcome?: AuditOutcome;
  details?: Record<string, unknown>;
};

/**
 * Writes the audit log. Awaited by callers: a step that must be audited does not succeed when its entry
 * cannot be written.
 */
export class AuditService {
  constructor(private readonly log: AuditLogRepository) {}

  async record(actor: AuditActor, origin: RequestOrigin, step: AuditStep): Promise<void> {
    await this.log.append({
      actorId: actor.id,
      actorName: actor.username,
      actorRole: actor.role,
      enterpriseId: actor.enterpriseId,
      action: step.action,
      targetType: step.target?.type,
      targetId: step.target?.id,
      outcome: step.outcome ?? 'success',
      ip: origin.ip,
      userAgent: origin.userAgent,
      details: step.details,
    });
  }
}
