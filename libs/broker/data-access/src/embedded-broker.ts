import { mayPublish, maySubscribe, mayUseClientId, parseTopic, type MqttPrincipal } from '@fleet/telemetry-contract';
import { Aedes, type AuthenticateError, type Client, type PublishPacket, type Subscription } from 'aedes';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/** Decides who a connecting client is from its user name and password; undefined refuses the connection. */
export type BrokerAuthenticator = (username: string, password: string) => Promise<MqttPrincipal | undefined>;

export type EmbeddedBrokerOptions = {
  host: string;
  port: number;
  /** Publishes with a larger payload are refused (and the client disconnected, as MQTT 3.1.1 requires). */
  maxPayloadBytes: number;
  /** Telemetry and event messages one vehicle may publish per second, averaged over 10 s. */
  maxMessagesPerVehiclePerS: number;
};

export type RefusalReason =
  'bad_credentials' | 'client_id_not_own' | 'not_own_topic' | 'subscribe_not_allowed' | 'too_large' | 'rate_limited';

export type EmbeddedBrokerStats = { clients: number; refused: Record<RefusalReason, number> };

export type EmbeddedBroker = {
  url: string;
  port: number;
  /** Until this is called every connection is refused as "server unavailable" (fail closed). */
  useAuthenticator(authenticator: BrokerAuthenticator): void;
  /** Called on every refusal, e.g. to count it in /metrics. */
  onRefused(listener: (reason: RefusalReason) => void): void;
  /** Drops a vehicle's connections, e.g. after its credentials were revoked. */
  disconnectVehicle(vehicleId: string): number;
  stats(): EmbeddedBrokerStats;
  stop(): Promise<void>;
};

const RATE_WINDOW_S = 10;

/** CONNACK return codes (MQTT 3.1.1): 2 identifier rejected, 3 server unavailable, 4 bad user name or password. */
function authError(returnCode: 2 | 3 | 4, message: string): AuthenticateError {
  const error = new Error(message) as AuthenticateError;
  error.returnCode = returnCode;
  return error;
}

/**
 * The in-process MQTT broker of the embedded mode (Aedes). Every client authenticates: vehicles with their
 * credentials (user name = vehicle id), the platform's ingest with its own account. A vehicle may publish only
 * under its own id and subscribe only to its own command topic. Bounded so an overload slows publishers down
 * instead of crashing the process: limited in-flight deliveries, slow subscribers disconnected.
 */
export async function startEmbeddedBroker(options: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
  const refused: Record<RefusalReason, number> = {
    bad_credentials: 0,
    client_id_not_own: 0,
    not_own_topic: 0,
    subscribe_not_allowed: 0,
    too_large: 0,
    rate_limited: 0,
  };
  const principals = new WeakMap<Client, MqttPrincipal>();
  const rate = new RateLimiterMemory({
    points: options.maxMessagesPerVehiclePerS * RATE_WINDOW_S,
    duration: RATE_WINDOW_S,
  });
  let authenticator: BrokerAuthenticator | undefined;
  const listeners: ((reason: RefusalReason) => void)[] = [];
  const count = (reason: RefusalReason) => {
    refused[reason]++;
    for (const listener of listeners) listener(reason);
  };
  const refuse = (reason: RefusalReason, message: string) => {
    count(reason);
    return new Error(message);
  };

  const broker = await Aedes.createBroker({
    // Messages being delivered at once. Above this Aedes queues them (and publishers wait for their PUBACK), which is
    // the backpressure that keeps the ingest's queue in step; 200,000 made the platform fall behind at 2,000 vehicles
    // (measured with npm run bench). Under heavy overload its queue drains recursively and can overflow the stack
    // (seen once while the machine ran stray load generators): a known Aedes 1.2 limit, noted in the benchmark issue.
    concurrency: 1_000,
    drainTimeout: 30_000,
    maxClientsIdLength: 64,
    heartbeatInterval: 60_000,
    authenticate: (client, username, password, done) => {
      if (!authenticator) return done(authError(3, 'broker is starting'), false);
      authenticator(username ?? '', password?.toString('utf8') ?? '').then(
        (principal) => {
          if (!principal) {
            count('bad_credentials');
            return done(authError(4, 'bad user name or password'), false);
          }
          if (!mayUseClientId(principal, client.id)) {
            count('client_id_not_own');
            return done(authError(2, 'a vehicle must use its own id as client id'), false);
          }
          principals.set(client, principal);
          done(null, true);
        },
        () => done(authError(3, 'authentication unavailable'), false),
      );
    },
    authorizePublish: (client: Client | null, packet: PublishPacket, callback: (error?: Error | null) => void) => {
      // client is null for the broker's own publishes.
      if (!client) return callback(null);
      if (packet.payload.length > options.maxPayloadBytes) {
        return callback(
          refuse('too_large', `payload of ${packet.payload.length} bytes exceeds ${options.maxPayloadBytes}`),
        );
      }
      const principal = principals.get(client);
      if (!principal || !mayPublish(principal, packet.topic)) {
        return callback(refuse('not_own_topic', `client may not publish to ${packet.topic}`));
      }
      // Status messages (including the last will) are never throttled: losing an offline notice is worse.
      if (principal.kind === 'platform' || parseTopic(packet.topic)?.channel === 'status') return callback(null);
      rate.consume(principal.vehicleId).then(
        () => callback(null),
        () => callback(refuse('rate_limited', `more than ${options.maxMessagesPerVehiclePerS} messages/s`)),
      );
    },
    authorizeSubscribe: (
      client: Client | null,
      subscription: Subscription,
      callback: (error: Error | null, subscription?: Subscription | null) => void,
    ) => {
      const principal = client ? principals.get(client) : undefined;
      if (!principal || !maySubscribe(principal, subscription.topic)) {
        count('subscribe_not_allowed');
        // A null subscription is answered with a SUBACK failure (0x80) instead of disconnecting.
        return callback(null, null);
      }
      callback(null, subscription);
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
  const clients = () => Object.values((broker as unknown as { clients: Record<string, Client> }).clients);
  return {
    url: `mqtt://${options.host}:${port}`,
    port,
    useAuthenticator: (next) => {
      authenticator = next;
    },
    onRefused: (listener) => {
      listeners.push(listener);
    },
    disconnectVehicle: (vehicleId) => {
      const own = clients().filter((c) => {
        const p = principals.get(c);
        return p?.kind === 'vehicle' && p.vehicleId === vehicleId;
      });
      for (const client of own) client.close();
      return own.length;
    },
    stats: () => ({ clients: broker.connectedClients, refused: { ...refused } }),
    stop: async () => {
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
