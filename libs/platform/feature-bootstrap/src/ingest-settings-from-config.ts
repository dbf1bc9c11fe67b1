import type { PlatformConfig } from '@fleet/config';
import { parseVehicleShard, type IngestSettings } from '@fleet/ingest';
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
  const shardText = process.env['INGEST_SHARD'];
  const shard = shardText ? parseVehicleShard(shardText) : undefined;
  const sharedGroup = process.env['INGEST_SHARED_GROUP'] || undefined;
  if (shard && sharedGroup) throw new Error('INGEST_SHARD and INGEST_SHARED_GROUP are alternatives: set one');
  const clientId = process.env['INGEST_CLIENT_ID'] || `fleet-ingest-${hostname()}`;
  return {
    mqttUrl,
    mqttUsername: account?.username ?? config.mqtt.username,
    mqttPassword: account?.password ?? config.mqtt.password,
    sharedGroup,
    shard,
    // One persistent session per part: a different split of the fleet starts sessions of its own.
    clientId: shard ? `${clientId}-shard-${shard.index}-of-${shard.count}` : clientId,
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
