import type { Logger } from '@fleet/logging';
import { channelFilter, type TopicChannel } from '@fleet/telemetry-contract';
import mqtt, { type MqttClient } from 'mqtt';
import { DeferredPubacks } from './deferred-pubacks.js';
import type { IngestMetrics } from './ingest-metrics.js';
import type { IngestService } from './ingest.service.js';
import type { WriteQueue } from './write-queue.js';

export type MqttConsumerOptions = {
  url: string;
  clientId: string;
  username: string | undefined;
  password: string | undefined;
  sharedGroup: string | undefined;
};

const CHANNELS: TopicChannel[] = ['telemetry', 'events', 'status'];

/**
 * The ingest's MQTT transport. Messages are handed over one at a time through mqtt.js's `handleMessage`
 * hook: while the write queue is above its high-water mark the hook does not return, so the client stops
 * reading its socket and the broker holds further messages (backpressure instead of unbounded memory).
 * A QoS 1 message is acknowledged only after its rows are committed (DeferredPubacks).
 */
export class MqttIngestConsumer {
  private client: MqttClient | undefined;

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
      const filters = CHANNELS.map((c) =>
        this.options.sharedGroup ? `$share/${this.options.sharedGroup}/${channelFilter(c)}` : channelFilter(c),
      );
      client.subscribe(filters, { qos: 1 }, (error) => {
        if (error) this.log.error({ err: error }, 'subscribe failed');
      });
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
  }

  async stop(): Promise<void> {
    await this.client?.endAsync();
    this.metrics.connected.set(0);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
