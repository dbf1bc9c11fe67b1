import { isoTimeMs } from '@fleet/http';
import { REGISTRY_ID_PATTERN } from '@fleet/registry-model';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { z } from 'zod';

export const periodQuery = z.object({
  from: isoTimeMs.optional(),
  to: isoTimeMs.optional(),
  enterprise: z.string().regex(REGISTRY_ID_PATTERN).optional(),
});

export const endOfTestQuery = z.object({ permit: z.string().regex(REGISTRY_ID_PATTERN) });

export const promotionQuery = z.object({
  enterprise: z.string().regex(REGISTRY_ID_PATTERN).optional(),
  vehicleId: z.string().regex(VEHICLE_ID_PATTERN).optional(),
});

export const vehicleIdParam = z.string().regex(VEHICLE_ID_PATTERN);

export const refreshBody = z.strictObject({ rebuild: z.boolean().default(false) }).default({ rebuild: false });
