import type { AuthUser } from '@fleet/auth-model';

/** An account whose name the console can show in place of its id. */
export type KnownAccount = Pick<AuthUser, 'id' | 'displayName' | 'username'>;
