import type { Role } from '@fleet/auth-model';

/** Whether the vehicle panel offers credential management (the assessor only reads; the server enforces it). */
export function mayManageVehicleCredentials(role: Role): boolean {
  switch (role) {
    case 'admin':
    case 'regulator':
    case 'operator':
      return true;
    case 'assessor':
      return false;
  }
}
