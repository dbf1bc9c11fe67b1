import type { Refusal } from './refusal.js';

/** A zones file that was not imported: its name and why. */
export type ZoneImportFailure = { fileName: string; refusal: Refusal };
