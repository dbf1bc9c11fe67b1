import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { InProcessLiveBus, LiveBus, type LiveBusHandler, type LiveBusMessage } from './live-bus.js';

const CHANNEL = 'fleet:live:v1';

type Envelope = { origin: string; message: LiveBusMessage };

/**
 * The live bus shared by several processes (ingest and api instances) through Redis pub/sub. A message reaches this
 * process's own subscribers at once and the other processes through Redis; each process ignores its own messages
 * when Redis echoes them. While Redis is unreachable, messages for other processes are dropped, not queued: live
 * pictures are replaced by the next update a second later, and an unbounded queue would only grow memory.
 */
export class RedisLiveBus extends LiveBus {
  private readonly local = new InProcessLiveBus();
  private readonly origin = randomUUID();

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly onError: (error: unknown) => void,
  ) {
    super();
    subscriber.on('message', (_channel: string, text: string) => {
      let envelope: Envelope;
      try {
        envelope = JSON.parse(text) as Envelope;
      } catch (error) {
        return onError(error);
      }
      if (envelope.origin !== this.origin) this.local.publish(envelope.message);
    });
  }

  /** Connects both clients and subscribes; fails when Redis cannot be reached at start-up. */
  static async connect(url: string, onError: (error: unknown) => void): Promise<RedisLiveBus> {
    const options = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 };
    const publisher = new Redis(url, options);
    // The subscriber resubscribes by itself after a reconnect; it needs its queue for that.
    const subscriber = new Redis(url, { lazyConnect: true });
    publisher.on('error', onError);
    subscriber.on('error', onError);
    await Promise.all([publisher.connect(), subscriber.connect()]);
    await subscriber.subscribe(CHANNEL);
    return new RedisLiveBus(publisher, subscriber, onError);
  }

  publish(message: LiveBusMessage): void {
    this.local.publish(message);
    const envelope: Envelope = { origin: this.origin, message };
    this.publisher.publish(CHANNEL, JSON.stringify(envelope)).catch(this.onError);
  }

  subscribe(handler: LiveBusHandler): () => void {
    return this.local.subscribe(handler);
  }

  override async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}
