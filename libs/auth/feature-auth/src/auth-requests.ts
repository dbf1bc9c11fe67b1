import { isoTimeMs } from '@fleet/http';
import { z } from 'zod';

export const loginRequest = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const refreshRequest = z.strictObject({ refreshToken: z.string().min(1).max(256) });

export const logoutRequest = z.strictObject({ refreshToken: z.string().max(256).optional() }).default({});

export const auditQuery = z.object({
  actorId: z.string().max(128).optional(),
  action: z.string().max(64).optional(),
  from: isoTimeMs.optional(),
  to: isoTimeMs.optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(200),
});
