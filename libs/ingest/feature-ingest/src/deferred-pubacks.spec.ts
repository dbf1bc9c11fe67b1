import { createServer, type AddressInfo, type Server } from 'node:net';
import { Aedes } from 'aedes';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeferredPubacks } from './deferred-pubacks.js';

/** A real broker in process: the only way to see what a subscriber acknowledged is what the broker redelivers. */
let broker: Aedes;
let server: Server;
let url: string;

beforeAll(async () => {
  broker = await Aedes.createBroker();
  server = createServer((socket) => broker.handle(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await new Promise<void>((resolve) => broker.close(() => resolve()));
});

type Received = { payload: string; dup: boolean; commit: () => void };

/** A persistent-session subscriber whose PUBACKs wait for `commit()`, as the ingest's do. */
async function subscriber(clientId: string, received: Received[]): Promise<MqttClient> {
  const client = await mqtt.connectAsync(url, { clientId, clean: false, protocolVersion: 4, reconnectPeriod: 0 });
  const pubacks = new DeferredPubacks(client);
  client.handleMessage = (packet, done) => {
    const commit = pubacks.expect(packet.messageId ?? 0);
    received.push({ payload: String(packet.payload), dup: packet.dup, commit });
    done();
  };
  await client.subscribeAsync('t/#', { qos: 1 });
  return client;
}

async function publish(...payloads: string[]): Promise<void> {
  const publisher = await mqtt.connectAsync(url, { protocolVersion: 4 });
  for (const p of payloads) await publisher.publishAsync('t/x', p, { qos: 1 });
  await publisher.endAsync();
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe(DeferredPubacks.name, () => {
  it('keeps messages unacknowledged until committed, so the broker redelivers them after a reconnect', async () => {
    const first: Received[] = [];
    const client = await subscriber('held', first);
    await publish('a', 'b', 'c');
    await until(() => first.length === 3);
    // Only "b" is committed: its PUBACK must still wait behind "a" (PUBACKs go in arrival order).
    first[1]?.commit();
    client.stream.destroy();
    await until(() => client.disconnected || !client.connected);

    const again: Received[] = [];
    const reconnected = await subscriber('held', again);
    await until(() => again.length === 3);
    expect(again.map((m) => m.payload)).toEqual(['a', 'b', 'c']);
    for (const m of again) m.commit();
    await reconnected.endAsync();
  });

  it('acknowledges committed messages, which the broker then does not send again', async () => {
    const first: Received[] = [];
    const client = await subscriber('acked', first);
    await publish('a', 'b', 'c');
    await until(() => first.length === 3);
    first[0]?.commit();
    first[1]?.commit();
    // Give the PUBACKs a moment on the wire; "c" stays held.
    await new Promise((r) => setTimeout(r, 100));
    client.stream.destroy();
    await until(() => !client.connected);

    const again: Received[] = [];
    const reconnected = await subscriber('acked', again);
    await until(() => again.length === 1);
    expect(again.map((m) => m.payload)).toEqual(['c']);
    again[0]?.commit();
    await reconnected.endAsync();
  });
});
