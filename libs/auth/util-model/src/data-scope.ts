import type { Role } from './roles.js';

/**
 * Which enterprises' data a caller may read or change. Repositories take one in every signature that
 * reaches fleet data, so isolation does not depend on each controller remembering a WHERE clause.
 */
export type DataScope = { kind: 'all' } | { kind: 'enterprise'; enterpriseId: string };

/** The platform's own background work (ingest, rules, jobs) acts for every enterprise. */
export const SYSTEM_SCOPE: DataScope = Object.freeze({ kind: 'all' });

export function dataScopeOf(user: { role: Role; enterpriseId: string | null }): DataScope {
  if (user.role !== 'operator') return SYSTEM_SCOPE;
  // An operator without an enterprise is a data error; refuse rather than widen to everything.
  if (!user.enterpriseId) throw new Error('operator account has no enterprise');
  return { kind: 'enterprise', enterpriseId: user.enterpriseId };
}

export function scopeIncludes(scope: DataScope, enterpriseId: string): boolean {
  return scope.kind === 'all' || scope.enterpriseId === enterpriseId;
}

/**
 * The scope as one SQL parameter: the enterprise id, or null for every enterprise. Use it as
 * `($n::text IS NULL OR v.enterprise_id = $n)`, so one statement serves every role.
 */
export function enterpriseParam(scope: DataScope): string | null {
  return scope.kind === 'all' ? null : scope.enterpriseId;
}
