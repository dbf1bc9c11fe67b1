import { ROLES } from '@fleet/auth-model';
import { z } from 'zod';

/** At least 10 characters: long enough to resist guessing behind the login throttle, short enough to type. */
export const password = z.string().min(10, 'at least 10 characters').max(256);
export const newAccountRequest = z
  .strictObject({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'letters, digits, . _ -; 2 to 64 characters'),
    displayName: z.string().trim().min(1).max(100),
    role: z.enum(ROLES),
    enterpriseId: z.string().min(1).max(64).nullable().default(null),
    password,
  })
  .refine((a) => (a.role === 'operator') === (a.enterpriseId !== null), {
    message: 'an operator needs an enterprise, and only an operator has one',
    path: ['enterpriseId'],
  });
