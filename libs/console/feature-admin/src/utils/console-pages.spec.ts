import { describe, expect, it } from 'vitest';
import { pagesFor } from './console-pages.js';
import { mayManageVehicleCredentials } from './vehicle-credential-access.js';

describe(pagesFor.name, () => {
  it('gives the admin every page, the regulator the audit log, operators and assessors only the map', () => {
    expect(pagesFor('admin')).toEqual(['live', 'audit', 'accounts']);
    expect(pagesFor('regulator')).toEqual(['live', 'audit']);
    expect(pagesFor('operator')).toEqual(['live']);
    expect(pagesFor('assessor')).toEqual(['live']);
  });
});

describe(mayManageVehicleCredentials.name, () => {
  it('lets every role that writes manage credentials, not the assessor', () => {
    expect((['admin', 'regulator', 'operator', 'assessor'] as const).map(mayManageVehicleCredentials)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
