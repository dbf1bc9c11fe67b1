import { describe, expect, it } from 'vitest';
import { mayEditRegistry } from './registry-access.js';

describe(mayEditRegistry.name, () => {
  it('lets the admin and the regulator register, and shows the others a read-only registry', () => {
    expect((['admin', 'regulator', 'operator', 'assessor'] as const).map(mayEditRegistry)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
