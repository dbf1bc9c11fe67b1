import type { PlatformConfig } from '@fleet/config';
import type { IngestSettings } from '@fleet/ingest';
import { hostname } from 'node:os';

/**
 * The ingest's slice of the platform configuration. `account` overrides MQTT_USERNAME/MQTT_PASSWORD (the embedded
 * broker's per-start platform account).
 */
export function ingestSettingsFrom(
  config: PlatformConfig,
  mqttUrl: string,
  account?: { username: string; password: string },
): IngestSettings & { clientId: string } {
  return {
    mqttUrl,
    mqttUsername: account?.username ?? config.mqtt.username,
    mqttPassword: account?.password ?? config.mqtt.password,
    sharedGroup: process.env['INGEST_SHARED_GROUP'] || undefined,
    clientId: process.env['INGEST_CLIENT_ID'] || `fleet-ingest-${hostname()}`,
    maxPayloadBytes: config.mqtt.maxPayloadBytes,
    maxSamplesPerMessage: config.ingest.maxSamplesPerMessage,
    maxFutureSkewMs: config.ingest.maxFutureSkewMs,
    maxAgeMs: config.ingest.maxAgeMs,
    batchMaxRows: config.ingest.batchMaxRows,
    batchMaxWaitMs: config.ingest.batchMaxWaitMs,
    queueHighWater: config.ingest.queueHighWater,
    maxStatementBytes: config.db.maxStatementBytes,
    registryRefreshMs: config.ingest.registryRefreshMs,
  };
}
