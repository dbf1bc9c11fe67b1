import type { ValidationLimits } from '@fleet/ingest-validation';

/** What the ingest needs from the platform configuration. */
export type IngestSettings = ValidationLimits & {
  mqttUrl: string;
  mqttUsername: string | undefined;
  mqttPassword: string | undefined;
  /** Shared-subscription group for several ingest instances; undefined subscribes plainly. */
  sharedGroup: string | undefined;
  maxPayloadBytes: number;
  batchMaxRows: number;
  batchMaxWaitMs: number;
  queueHighWater: number;
  maxStatementBytes: number;
  registryRefreshMs: number;
};
