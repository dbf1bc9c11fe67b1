import { describe, expect, it } from 'vitest';
import { mayChangePermits, permitActionsOf } from './permit-actions.js';

describe(mayChangePermits.name, () => {
  it('lets the admin and the regulator change permits; operators and assessors only read', () => {
    expect((['admin', 'regulator', 'operator', 'assessor'] as const).map(mayChangePermits)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe(permitActionsOf.name, () => {
  it('follows the server’s transitions: suspend or revoke an active permit, reinstate or revoke a suspended one', () => {
    expect(permitActionsOf('active')).toEqual(['suspend', 'revoke']);
    expect(permitActionsOf('suspended')).toEqual(['reinstate', 'revoke']);
    expect(permitActionsOf('revoked')).toEqual([]);
    expect(permitActionsOf('expired')).toEqual([]);
  });
});
