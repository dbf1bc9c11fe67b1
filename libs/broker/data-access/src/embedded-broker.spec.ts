import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from './embedded-broker.js';

let broker: EmbeddedBroker;

beforeAll(async () => {
  broker = await startEmbeddedBroker({
    host: '127.0.0.1',
    port: 0,
    maxPayloadBytes: 1_024,
    acceptsTopic: (topic) => topic.startsWith('fleet/v1/'),
  });
});
afterAll(() => broker.stop());

async function subscriber() {
  const client = await mqtt.connectAsync(broker.url, { clientId: `sub-${Math.random()}`, protocolVersion: 4 });
  const received: string[] = [];
  client.on('message', (topic) => received.push(topic));
  await client.subscribeAsync('#', { qos: 1 });
  return { client, received };
}

describe(startEmbeddedBroker.name, () => {
  it('relays contract topics between clients at QoS 1', async () => {
    const sub = await subscriber();
    const pub = await mqtt.connectAsync(broker.url, { clientId: 'pub-ok', protocolVersion: 4 });
    await pub.publishAsync('fleet/v1/RT-0001/telemetry', Buffer.alloc(10), { qos: 1 });
    await expect.poll(() => sub.received).toEqual(['fleet/v1/RT-0001/telemetry']);
    await Promise.all([pub.endAsync(), sub.client.endAsync()]);
  });

  it('refuses and counts oversized payloads and topics outside the contract, and keeps serving others', async () => {
    const sub = await subscriber();
    const before = broker.stats().refusedPublishes;
    for (const [topic, size] of [
      ['fleet/v1/RT-0001/telemetry', 2_048],
      ['elsewhere/x', 10],
    ] as const) {
      const rogue = await mqtt.connectAsync(broker.url, {
        clientId: `rogue-${topic.length}`,
        protocolVersion: 4,
        reconnectPeriod: 0,
      });
      const closed = new Promise<void>((resolve) => rogue.once('close', () => resolve()));
      rogue.publish(topic, Buffer.alloc(size), { qos: 1 });
      // MQTT 3.1.1 has no negative PUBACK: the broker drops the connection.
      await closed;
      rogue.end(true);
    }
    const after = broker.stats().refusedPublishes;
    expect(after.too_large - before.too_large).toBe(1);
    expect(after.wrong_topic - before.wrong_topic).toBe(1);

    const pub = await mqtt.connectAsync(broker.url, { clientId: 'pub-after', protocolVersion: 4 });
    await pub.publishAsync('fleet/v1/RT-0002/status', Buffer.alloc(5), { qos: 1 });
    await expect.poll(() => sub.received).toEqual(['fleet/v1/RT-0002/status']);
    expect(broker.stats().clients).toBeGreaterThanOrEqual(2);
    await Promise.all([pub.endAsync(), sub.client.endAsync()]);
  });
});
