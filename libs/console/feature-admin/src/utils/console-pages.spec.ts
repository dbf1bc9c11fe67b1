import { describe, expect, it } from 'vitest';
import { pagesFor } from './console-pages.js';
import { mayManageVehicleCredentials } from './vehicle-credential-access.js';

describe(pagesFor.name, () => {
  it('gives everyone the map, dashboard, alerts, incidents, replay, permits, registry, promotion check and reports, the regulator also the audit log, the admin every page', () => {
    const everyone = [
      'live',
      'dashboard',
      'alerts',
      'incidents',
      'replay',
      'permits',
      'registry',
      'promotion',
      'reports',
    ];
    expect(pagesFor('admin')).toEqual([...everyone, 'audit', 'accounts']);
    expect(pagesFor('regulator')).toEqual([...everyone, 'audit']);
    expect(pagesFor('operator')).toEqual(everyone);
    expect(pagesFor('assessor')).toEqual(everyone);
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
