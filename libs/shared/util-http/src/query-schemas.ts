import { z } from 'zod';

/** An ISO 8601 time with its offset in a query string, as Unix milliseconds. */
export const isoTimeMs = z.iso.datetime({ offset: true }).transform((v) => Date.parse(v));
