import type { Role } from '@fleet/auth-model';
import { ROLES } from '@fleet/auth-model';
import { SetMetadata } from '@nestjs/common';

/**
 * Every route and socket handler declares who may call it. The guard refuses handlers without a declaration,
 * and the platform refuses to start with one (see RoutePolicyCheck), so forgetting is loud, not open.
 */
export type AccessPolicy = { kind: 'public'; reason: string } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_POLICY = 'fleet:access-policy';

/** Anyone, without a token; say why (it shows up in reviews and in the route listing). */
export const Public = (reason: string) => SetMetadata(ACCESS_POLICY, { kind: 'public', reason } satisfies AccessPolicy);

/** Signed-in accounts with one of these roles. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { kind: 'roles', roles } satisfies AccessPolicy);

/** Any signed-in account, whatever its role (reads that are scoped by enterprise in the repositories). */
export const AnyRole = () => Allow(...ROLES);

/** Roles that may change data; the assessor reads only. */
export const WRITERS: readonly Role[] = ['admin', 'regulator', 'operator'];
/** Roles that oversee every enterprise. */
export const OVERSIGHT: readonly Role[] = ['admin', 'regulator'];
