import type { AuthUser } from '@fleet/auth-model';

/** How the audit table names an actor: an account's name when known, else its raw id (or the user name tried). */
export type AuditActor =
  { kind: 'account'; displayName: string; username: string; isSelf: boolean } | { kind: 'raw'; id: string };

/**
 * Names an entry's actor. Entries carry account ids; the names come from the accounts this console knows (every
 * account for an admin, only the signed-in one for a regulator). A failed sign-in's actor is the name that was
 * tried, shown as it is.
 */
export function auditActorOf(
  actorId: string,
  known: ReadonlyMap<string, Pick<AuthUser, 'displayName' | 'username'>>,
  selfId: string,
): AuditActor {
  const account = known.get(actorId);
  if (!account) return { kind: 'raw', id: actorId };
  return { kind: 'account', displayName: account.displayName, username: account.username, isSelf: actorId === selfId };
}
