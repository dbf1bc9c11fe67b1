import type { ValidationLimits } from '@fleet/ingest-validation';
import type { VehicleShard } from './vehicle-shard.js';

/** What the ingest needs from the platform configuration. */
export type IngestSettings = ValidationLimits & {
  mqttUrl: string;
  mqttUsername: string | undefined;
  mqttPassword: string | undefined;
  /** Shared-subscription group for several ingest instances; undefined subscribes plainly. */
  sharedGroup: string | undefined;
  /** This instance's part of the fleet when several ingest instances split it by vehicle (INGEST_SHARD). */
  shard: VehicleShard | undefined;
  maxPayloadBytes: number;
  batchMaxRows: number;
  batchMaxWaitMs: number;
  queueHighWater: number;
  maxStatementBytes: number;
  registryRefreshMs: number;
};
