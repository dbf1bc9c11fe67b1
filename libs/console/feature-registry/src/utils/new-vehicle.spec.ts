import { describe, expect, it } from 'vitest';
import { newVehicleOf } from './new-vehicle.js';

describe(newVehicleOf.name, () => {
  it('trims the fields, writes the VIN in capitals and reads an untouched switch as not driverless', () => {
    expect(
      newVehicleOf({
        id: ' E2E-0001 ',
        vin: ' le2ea2180n2183294 ',
        plate: ' 沪A·E2E01试 ',
        category: 'robotaxi',
        automationLevel: 4,
        enterpriseId: 'ent-e2e',
      }),
    ).toEqual({
      id: 'E2E-0001',
      vin: 'LE2EA2180N2183294',
      plate: '沪A·E2E01试',
      category: 'robotaxi',
      automationLevel: 4,
      driverlessCapable: false,
      enterpriseId: 'ent-e2e',
    });
  });
});
