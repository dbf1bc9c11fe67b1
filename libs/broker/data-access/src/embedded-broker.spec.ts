import type { MqttPrincipal } from '@fleet/telemetry-contract';
import mqtt, { type IClientOptions } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from './embedded-broker.js';

const SECRETS: Record<string, string> = { 'RT-0001': 'secret-1', 'RT-0002': 'secret-2' };
let broker: EmbeddedBroker;

beforeAll(async () => {
  broker = await startEmbeddedBroker({
    host: '127.0.0.1',
    port: 0,
    maxPayloadBytes: 1_024,
    maxMessagesPerVehiclePerS: 5,
  });
  broker.useAuthenticator((username, password) =>
    Promise.resolve<MqttPrincipal | undefined>(
      username === 'platform' && password === 'platform-secret'
        ? { kind: 'platform' }
        : SECRETS[username] === password
          ? { kind: 'vehicle', vehicleId: username }
          : undefined,
    ),
  );
});
afterAll(() => broker.stop());

const options = (clientId: string, username: string, password: string): IClientOptions => ({
  clientId,
  username,
  password,
  protocolVersion: 4,
  reconnectPeriod: 0,
});
const vehicle = (id: string, clientId = id) => mqtt.connectAsync(broker.url, options(clientId, id, SECRETS[id]!));

async function platformSubscriber() {
  const client = await mqtt.connectAsync(broker.url, options(`ingest-${Math.random()}`, 'platform', 'platform-secret'));
  const received: string[] = [];
  client.on('message', (topic) => received.push(topic));
  await client.subscribeAsync(['fleet/v1/+/telemetry', 'fleet/v1/+/status'], { qos: 1 });
  return { client, received };
}

/** Publishes and waits for the broker to drop the connection (MQTT 3.1.1 has no negative PUBACK). */
async function publishExpectingDisconnect(client: mqtt.MqttClient, topic: string, bytes: number): Promise<void> {
  const closed = new Promise<void>((resolve) => client.once('close', () => resolve()));
  client.publish(topic, Buffer.alloc(bytes), { qos: 1 });
  await closed;
  client.end(true);
}

describe(startEmbeddedBroker.name, () => {
  it('relays a vehicle’s own topics to the platform at QoS 1', async () => {
    const sub = await platformSubscriber();
    const pub = await vehicle('RT-0001');
    await pub.publishAsync('fleet/v1/RT-0001/telemetry', Buffer.alloc(10), { qos: 1 });
    await expect.poll(() => sub.received).toEqual(['fleet/v1/RT-0001/telemetry']);
    await Promise.all([pub.endAsync(), sub.client.endAsync()]);
  });

  it('refuses wrong passwords, unknown users and another vehicle’s client id, and counts them', async () => {
    const before = broker.stats().refused;
    await expect(mqtt.connectAsync(broker.url, options('RT-0001', 'RT-0001', 'wrong'))).rejects.toThrow(
      /Bad username or password/i,
    );
    await expect(mqtt.connectAsync(broker.url, options('x', 'nobody', 'x'))).rejects.toThrow();
    await expect(mqtt.connectAsync(broker.url, options('RT-0002', 'RT-0001', 'secret-1'))).rejects.toThrow(
      /Identifier rejected/i,
    );
    const after = broker.stats().refused;
    expect(after.bad_credentials - before.bad_credentials).toBe(2);
    expect(after.client_id_not_own - before.client_id_not_own).toBe(1);
  });

  it('refuses and counts a vehicle publishing as another vehicle, and oversized payloads, and keeps serving others', async () => {
    const sub = await platformSubscriber();
    const before = broker.stats().refused;
    await publishExpectingDisconnect(await vehicle('RT-0001', 'RT-0001:a'), 'fleet/v1/RT-0002/telemetry', 10);
    await publishExpectingDisconnect(await vehicle('RT-0001', 'RT-0001:b'), 'fleet/v1/RT-0001/telemetry', 2_048);
    const after = broker.stats().refused;
    expect(after.not_own_topic - before.not_own_topic).toBe(1);
    expect(after.too_large - before.too_large).toBe(1);
    expect(sub.received).toEqual([]);

    const pub = await vehicle('RT-0002');
    await pub.publishAsync('fleet/v1/RT-0002/status', Buffer.alloc(5), { qos: 1 });
    await expect.poll(() => sub.received).toEqual(['fleet/v1/RT-0002/status']);
    await Promise.all([pub.endAsync(), sub.client.endAsync()]);
  });

  it('lets a vehicle subscribe to its own command topic only', async () => {
    const client = await vehicle('RT-0001');
    const before = broker.stats().refused.subscribe_not_allowed;
    // mqtt.js reports a partly refused SUBACK as an error; the packet still carries every return code.
    const granted = await new Promise<number[]>((resolve) =>
      client.subscribe(
        ['fleet/v1/RT-0001/cmd', 'fleet/v1/RT-0002/cmd', 'fleet/v1/+/telemetry'],
        (_error, _subs, suback) => resolve((suback as { granted?: number[] } | undefined)?.granted ?? []),
      ),
    );
    expect(granted).toEqual([0, 128, 128]);
    expect(broker.stats().refused.subscribe_not_allowed - before).toBe(2);
    await client.endAsync();
  });

  it('disconnects a vehicle that floods, and a vehicle whose credentials were revoked', async () => {
    const flooder = await vehicle('RT-0002', 'RT-0002:flood');
    const closed = new Promise<void>((resolve) => flooder.once('close', () => resolve()));
    for (let i = 0; i < 60; i++) flooder.publish('fleet/v1/RT-0002/telemetry', Buffer.alloc(4), { qos: 0 });
    await closed;
    flooder.end(true);
    expect(broker.stats().refused.rate_limited).toBeGreaterThan(0);

    const revoked = await vehicle('RT-0001', 'RT-0001:revoked');
    const gone = new Promise<void>((resolve) => revoked.once('close', () => resolve()));
    expect(broker.disconnectVehicle('RT-0001')).toBe(1);
    await gone;
    revoked.end(true);
  });
});
