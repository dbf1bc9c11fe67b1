import type { NewVehicle } from '@fleet/console-admin-api';
import type { VehicleForm } from '../types/vehicle-form.js';

/** The request body from the form, normalised the way the server stores it (VIN in capitals, no stray spaces). */
export function newVehicleOf(form: VehicleForm): NewVehicle {
  return {
    id: form.id.trim(),
    vin: form.vin.trim().toUpperCase(),
    plate: form.plate.trim(),
    category: form.category,
    automationLevel: form.automationLevel,
    driverlessCapable: form.driverlessCapable ?? false,
    enterpriseId: form.enterpriseId,
  };
}
