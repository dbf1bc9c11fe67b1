/**
 * Who may do what (see the shared domain notes, "Who uses it"):
 * - admin: manages accounts and everything a regulator may do;
 * - regulator: sees every fleet, signs off, suspends permits;
 * - operator: sees and manages the vehicles of one enterprise only;
 * - assessor: reads every fleet's records, writes nothing.
 */
export const ROLES = ['admin', 'regulator', 'operator', 'assessor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that see every enterprise's data; an operator sees one enterprise. */
export function seesAllEnterprises(role: Role): boolean {
  return role !== 'operator';
}
