export * from './ingest.module.js';
export * from './ingest-runtime.js';
export * from './ingest-settings.js';
export { DEAD_LETTER_PAYLOAD_BYTES } from './telemetry-write.repository.js';
export type { PendingWrite } from './pending-write.js';
export * from './vehicle-shard.js';
