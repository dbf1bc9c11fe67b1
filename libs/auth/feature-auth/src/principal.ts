import type { AuthUser } from '@fleet/auth-model';

/** A signed-in person as a request or socket carries them: the account and the session the token belongs to. */
export type Principal = AuthUser & { sessionId: string; tokenExpiresAtMs: number };

/** Where a request came from, for the audit log. */
export type RequestOrigin = { ip: string | null; userAgent: string | null };
