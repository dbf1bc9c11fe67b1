import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';

/**
 * socket.io across api instances (REDIS_URL): broadcasts, `fetchSockets()` and `disconnectSockets()` reach every
 * instance's sockets. The live gateway's own per-tick pushes are instance-local on purpose: each instance hears the
 * live bus itself, so sending them through the adapter too would deliver every update once per instance.
 */
export class RedisIoAdapter extends IoAdapter {
  private clients: Redis[] = [];
  private adapter: ReturnType<typeof createAdapter> | undefined;

  async connect(url: string, onError: (error: unknown) => void): Promise<void> {
    const publisher = new Redis(url, { lazyConnect: true });
    const subscriber = publisher.duplicate();
    for (const client of [publisher, subscriber]) client.on('error', onError);
    await Promise.all([publisher.connect(), subscriber.connect()]);
    this.clients = [publisher, subscriber];
    this.adapter = createAdapter(publisher, subscriber);
  }

  // Typed through the base class: Nest brings its own copy of socket.io.
  override createIOServer(...args: Parameters<IoAdapter['createIOServer']>): ReturnType<IoAdapter['createIOServer']> {
    const server = super.createIOServer(...args);
    if (this.adapter) server.adapter(this.adapter as Parameters<typeof server.adapter>[0]);
    return server;
  }

  override async dispose(): Promise<void> {
    await Promise.allSettled(this.clients.map((c) => c.quit()));
  }
}
