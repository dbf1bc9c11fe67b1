import { describe, expect, it } from 'vitest';
import { pagesFor } from './console-pages.js';
import { mayManageVehicleCredentials } from './vehicle-credential-access.js';

describe(pagesFor.name, () => {
  it('gives everyone the map, alerts, permits and registry, the regulator also the audit log, the admin every page', () => {
    expect(pagesFor('admin')).toEqual(['live', 'alerts', 'permits', 'registry', 'audit', 'accounts']);
    expect(pagesFor('regulator')).toEqual(['live', 'alerts', 'permits', 'registry', 'audit']);
    expect(pagesFor('operator')).toEqual(['live', 'alerts', 'permits', 'registry']);
    expect(pagesFor('assessor')).toEqual(['live', 'alerts', 'permits', 'registry']);
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
