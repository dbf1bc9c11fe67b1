import { isoTimeMs } from '@fleet/http';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { z } from 'zod';
import { MAX_TRACK_RANGE_MS } from './track-window.js';

export const vehicleIdParam = z.string().regex(VEHICLE_ID_PATTERN, 'not a vehicle id');

export const listVehiclesQuery = z.object({
  q: z.string().trim().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(50_000).default(50_000),
  offset: z.coerce.number().int().min(0).default(0),
});

export const trackQuery = z
  .object({ from: isoTimeMs.optional(), to: isoTimeMs.optional() })
  .transform(({ from, to }) => {
    const toMs = to ?? Date.now();
    return { fromMs: from ?? toMs - 3_600_000, toMs };
  })
  .refine((r) => r.fromMs < r.toMs, 'from must be before to')
  .refine((r) => r.toMs - r.fromMs <= MAX_TRACK_RANGE_MS, 'range longer than 31 days');

export const deadLetterQuery = z.object({
  vehicleId: vehicleIdParam.optional(),
  reason: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
});
