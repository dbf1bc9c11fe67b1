import { Aedes, type Client, type PublishPacket } from 'aedes';
import { createServer, type AddressInfo, type Server } from 'node:net';

export type EmbeddedBrokerOptions = {
  host: string;
  port: number;
  /** Publishes with a larger payload are refused (and the client disconnected, as MQTT 3.1.1 requires). */
  maxPayloadBytes: number;
  /** Topics a client may publish to; anything else is refused and counted. */
  acceptsTopic: (topic: string) => boolean;
};

export type EmbeddedBrokerStats = { clients: number; refusedPublishes: Record<'too_large' | 'wrong_topic', number> };

export type EmbeddedBroker = {
  url: string;
  port: number;
  stats(): EmbeddedBrokerStats;
  stop(): Promise<void>;
};

/**
 * The in-process MQTT broker of the embedded mode (Aedes). Bounded so an overload slows publishers
 * down instead of crashing the process: limited in-flight deliveries, slow subscribers disconnected.
 */
export async function startEmbeddedBroker(options: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
  const refused = { too_large: 0, wrong_topic: 0 };
  const broker = await Aedes.createBroker({
    concurrency: 1_000,
    drainTimeout: 30_000,
    maxClientsIdLength: 64,
    heartbeatInterval: 60_000,
    authorizePublish: (client: Client | null, packet: PublishPacket, callback: (error?: Error | null) => void) => {
      if (packet.payload.length > options.maxPayloadBytes) {
        refused.too_large++;
        return callback(new Error(`payload of ${packet.payload.length} bytes exceeds ${options.maxPayloadBytes}`));
      }
      // client is null for the broker's own publishes, such as a last will it sends for a vehicle.
      if (client && !options.acceptsTopic(packet.topic)) {
        refused.wrong_topic++;
        return callback(new Error(`topic ${packet.topic} is not part of the vehicle contract`));
      }
      callback(null);
    },
  });
  // A misbehaving client must never take the broker down.
  broker.on('clientError', () => undefined);
  broker.on('connectionError', () => undefined);

  const server: Server = createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `mqtt://${options.host}:${port}`,
    port,
    stats: () => ({ clients: broker.connectedClients, refusedPublishes: { ...refused } }),
    stop: async () => {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
