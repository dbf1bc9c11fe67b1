import { isoTimeMs } from '@fleet/http';
import { ALERT_STATUSES } from '@fleet/alerts-model';
import { ALERT_KINDS, SEVERITIES } from '@fleet/rules';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { z } from 'zod';
import { ALERT_STEPS } from './alert-workflow.service.js';

export const alertListQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  kind: z.enum(ALERT_KINDS).optional(),
  vehicleId: z.string().regex(VEHICLE_ID_PATTERN).optional(),
  from: isoTimeMs.optional(),
  to: isoTimeMs.optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});

export const alertIdParam = z.coerce.number().int().positive();

export const alertNote = z.strictObject({ note: z.string().trim().max(1_000).default('') }).default({ note: '' });

export const alertStep = z.enum(ALERT_STEPS);
