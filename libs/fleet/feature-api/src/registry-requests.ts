import { isValidVin, VEHICLE_CATEGORIES } from '@fleet/fleet-model';
import { REGISTRY_ID_PATTERN } from '@fleet/registry-model';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { z } from 'zod';

const enterpriseId = z.string().regex(REGISTRY_ID_PATTERN, 'letters, digits, . _ -; at most 64');

export const newEnterprise = z.strictObject({
  id: enterpriseId,
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(200),
});

export const newVehicle = z.strictObject({
  id: z.string().regex(VEHICLE_ID_PATTERN, 'letters, digits, - and _; at most 64'),
  vin: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidVin, '17 characters without I, O or Q, with a correct check digit (position 9)'),
  plate: z.string().trim().min(2).max(16),
  category: z.enum(VEHICLE_CATEGORIES),
  /** SAE J3016 level, which GB/T 40429 numbers the same way. */
  automationLevel: z.number().int().min(0).max(5),
  driverlessCapable: z.boolean(),
  enterpriseId,
});
