import { startEmbeddedBroker, type EmbeddedBroker } from '@fleet/broker';
import type { PlatformConfig } from '@fleet/config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@fleet/db';
import type { Logger } from '@fleet/logging';

export type PlatformParts = {
  databaseUrl: string;
  mqttUrl: string;
  embeddedDatabase: EmbeddedDatabase | undefined;
  embeddedBroker: EmbeddedBroker | undefined;
  stop(): Promise<void>;
};

/** Starts the embedded database and broker for every part the configuration does not point at a real server. */
export async function startPlatformParts(config: PlatformConfig, log: Logger): Promise<PlatformParts> {
  const embeddedDatabase = config.db.url
    ? undefined
    : await startEmbeddedDatabase({ dataDir: config.db.dataDir, port: config.db.embeddedPort });
  if (embeddedDatabase)
    log.info({ dataDir: config.db.dataDir, pid: embeddedDatabase.pid }, 'embedded TimescaleDB started');
  const embeddedBroker = config.mqtt.url
    ? undefined
    : await startEmbeddedBroker({
        host: config.mqtt.embedded.host,
        port: config.mqtt.embedded.port,
        maxPayloadBytes: config.mqtt.maxPayloadBytes,
        maxMessagesPerVehiclePerS: config.mqtt.maxMessagesPerVehiclePerS,
      });
  if (embeddedBroker) log.info({ url: embeddedBroker.url }, 'embedded MQTT broker listening');
  return {
    databaseUrl: config.db.url ?? embeddedDatabase!.url,
    mqttUrl: config.mqtt.url ?? embeddedBroker!.url,
    embeddedDatabase,
    embeddedBroker,
    stop: async () => {
      await embeddedBroker?.stop();
      await embeddedDatabase?.stop();
    },
  };
}
