import type { VehicleCategory } from '@fleet/fleet-model';

/** What the vehicle registration form holds (before trimming and upper-casing). */
export type VehicleForm = {
  id: string;
  vin: string;
  plate: string;
  category: VehicleCategory;
  automationLevel: number;
  driverlessCapable?: boolean;
  enterpriseId: string;
};
