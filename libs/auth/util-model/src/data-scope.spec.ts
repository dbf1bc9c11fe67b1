import { describe, expect, it } from 'vitest';
import { dataScopeOf, scopeIncludes, SYSTEM_SCOPE } from './data-scope.js';

describe('dataScopeOf', () => {
  it('gives an operator exactly its own enterprise', () => {
    const scope = dataScopeOf({ role: 'operator', enterpriseId: 'ent-a' });
    expect(scope).toEqual({ kind: 'enterprise', enterpriseId: 'ent-a' });
    expect(scopeIncludes(scope, 'ent-a')).toBe(true);
    expect(scopeIncludes(scope, 'ent-b')).toBe(false);
  });

  it('gives regulators, assessors and admins every enterprise', () => {
    for (const role of ['admin', 'regulator', 'assessor'] as const) {
      expect(dataScopeOf({ role, enterpriseId: null })).toEqual(SYSTEM_SCOPE);
    }
  });

  it('refuses an operator without an enterprise instead of widening its view', () => {
    expect(() => dataScopeOf({ role: 'operator', enterpriseId: null })).toThrow(/no enterprise/);
  });
});
