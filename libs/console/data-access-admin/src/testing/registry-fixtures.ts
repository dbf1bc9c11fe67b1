import type { VehicleSummary } from '@fleet/fleet-model';
import type { SafetyOfficer } from '@fleet/registry-model';
import type { Enterprise, NewVehicle } from '../registry-types.js';

/** Builders of registry wire objects with plausible defaults; tests override what they are about. */
export function enterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return { id: 'ent-demo-01', nameZh: '示范测试主体一', nameEn: 'Demo entity 01', vehicles: 12, ...overrides };
}

export function vehicleSummary(overrides: Partial<VehicleSummary> = {}): VehicleSummary {
  return {
    id: 'RT-0001',
    vin: '1M8GDM9AXKP042788',
    plate: '沪A·D0001试',
    category: 'robotaxi',
    automationLevel: 4,
    driverlessCapable: true,
    enterpriseId: 'ent-demo-01',
    enterpriseName: '示范测试主体一',
    state: null,
    ...overrides,
  };
}

/** The registration body of `vehicleSummary(overrides)`. */
export function newVehicle(overrides: Partial<VehicleSummary> = {}): NewVehicle {
  const { id, vin, plate, category, automationLevel, driverlessCapable, enterpriseId } = vehicleSummary(overrides);
  return { id, vin, plate, category, automationLevel, driverlessCapable, enterpriseId };
}

export function safetyOfficer(overrides: Partial<SafetyOfficer> = {}): SafetyOfficer {
  return { id: 'SO-0001', name: '张安全', enterpriseId: 'ent-demo-01', licenceYears: 6, ...overrides };
}
