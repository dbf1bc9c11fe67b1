import type { Logger } from '@fleet/logging';
import type { TopicChannel } from '@fleet/telemetry-contract';
import mqtt, { type MqttClient } from 'mqtt';
import { DeferredPubacks } from './deferred-pubacks.js';
import type { IngestMetrics } from './ingest-metrics.js';
import type { IngestService } from './ingest.service.js';
import { fleetFilters, ownsVehicle, vehicleFilters, type VehicleShard } from './vehicle-shard.js';
import type { WriteQueue } from './write-queue.js';

export type MqttConsumerOptions = {
  url: string;
  clientId: string;
  username: string | undefined;
  password: string | undefined;
  sharedGroup: string | undefined;
  /** This instance's part of the fleet when several split it by vehicle; undefined takes every vehicle. */
  shard: VehicleShard | undefined;
  /** The registered vehicles (a sharded instance subscribes to its own ones by name). */
  vehicles: () => Iterable<string>;
};

const CHANNELS: TopicChannel[] = ['telemetry', 'events', 'status'];
/** Topic filters per SUBSCRIBE packet when subscribing vehicle by vehicle. */
const FILTERS_PER_SUBSCRIBE = 600;

/**
 * The ingest's MQTT transport. Messages are handed over one at a time through mqtt.js's `handleMessage`
 * hook: while the write queue is above its high-water mark the hook does not return, so the client stops
 * reading its socket and the broker holds further messages (backpressure instead of unbounded memory).
 * A QoS 1 message is acknowledged only after its rows are committed (DeferredPubacks).
 */
export class MqttIngestConsumer {
  private client: MqttClient | undefined;
  /** Vehicles whose topics this connection has subscribed to (sharded instances only). */
  private readonly subscribed = new Set<string>();
  private subscribing: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: MqttConsumerOptions,
    private readonly ingest: IngestService,
    private readonly queue: WriteQueue,
    private readonly metrics: IngestMetrics,
    private readonly log: Logger,
  ) {}

  get connected(): boolean {
    return this.client?.connected ?? false;
  }

  async start(): Promise<void> {
    const client = mqtt.connect(this.options.url, {
      clientId: this.options.clientId,
      username: this.options.username,
      password: this.options.password,
      // A persistent session: the broker keeps QoS 1 messages for us while we restart.
      clean: false,
      protocolVersion: 4,
      reconnectPeriod: 1_000,
      connectTimeout: 10_000,
      keepalive: 30,
    });
    this.client = client;
    const pubacks = new DeferredPubacks(client);
    client.handleMessage = (packet, done) => {
      const payload = packet.payload;
      const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
      const committed =
        packet.qos === 1 && packet.messageId !== undefined ? pubacks.expect(packet.messageId) : undefined;
      this.metrics.unacked.set(pubacks.outstanding);
      this.ingest
        .handle(packet.topic, bytes, Date.now(), () => {
          committed?.();
          this.metrics.unacked.set(pubacks.outstanding);
        })
        .then(() => this.queue.whenRoom())
        .then(
          () => done(),
          (error: unknown) => {
            this.log.error({ err: error, topic: packet.topic }, 'message handling failed');
            done();
          },
        );
    };
    client.on('connect', () => {
      this.metrics.connected.set(1);
      this.log.info({ url: redact(this.options.url) }, 'connected to broker');
      this.subscribed.clear();
      this.subscribing = this.subscribe();
    });
    client.on('close', () => this.metrics.connected.set(0));
    client.on('error', (error) => this.log.warn({ err: error }, 'broker connection error'));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no connection to ${redact(this.options.url)} within 30 s`)),
        30_000,
      );
      client.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    // Ready means subscribed: a vehicle publishing right after start-up must not find nobody listening.
    await this.subscribing;
  }

  /** After a registry refresh: a sharded instance subscribes to the vehicles of its part that are new. */
  vehiclesChanged(): void {
    if (this.options.shard && this.client?.connected) void this.subscribe();
  }

  /** Resolves once the broker has acknowledged the subscriptions (failures are logged, not thrown). */
  private subscribe(): Promise<void> {
    const { shard } = this.options;
    if (!shard) return this.subscribeTo(fleetFilters(CHANNELS, this.options.sharedGroup));
    const added = [...this.options.vehicles()].filter((id) => !this.subscribed.has(id) && ownsVehicle(shard, id));
    for (const id of added) this.subscribed.add(id);
    const filters = vehicleFilters(added, CHANNELS);
    const batches: Promise<void>[] = [];
    for (let i = 0; i < filters.length; i += FILTERS_PER_SUBSCRIBE) {
      batches.push(this.subscribeTo(filters.slice(i, i + FILTERS_PER_SUBSCRIBE)));
    }
    if (added.length > 0) this.log.info({ shard, vehicles: this.subscribed.size }, 'subscribed to its vehicles');
    return Promise.all(batches).then(() => undefined);
  }

  private subscribeTo(filters: string[]): Promise<void> {
    return new Promise((resolve) => {
      if (!this.client) return resolve();
      this.client.subscribe(filters, { qos: 1 }, (error) => {
        if (error) this.log.error({ err: error }, 'subscribe failed');
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    await this.client?.endAsync();
    this.metrics.connected.set(0);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
