import { bboxContains } from '@fleet/geo';
import { PILOT_ZONE_BOUNDS } from '@fleet/pilot-zone';
import {
  Connectivity,
  parseTopic,
  TelemetryBatchMessage,
  VehicleEventMessage,
  VehicleStatusMessage,
} from '@fleet/telemetry-contract';
import { Aedes, type Client } from 'aedes';
import { connectAsync, type MqttClient } from 'mqtt';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatorStartError, startSimulator } from './start-simulator.js';

const bounds = [...PILOT_ZONE_BOUNDS[0], ...PILOT_ZONE_BOUNDS[1]] as const;
const silent = pino({ level: 'silent' });

type Received = { topic: string; vehicleId: string; channel: string; payload: Buffer; retain: boolean };

/** Polls until `condition` holds, failing with `what` after the deadline. */
async function waitFor(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function subscribeAll(url: string): Promise<{ client: MqttClient; received: Received[] }> {
  const client = await connectAsync(url, { clientId: `test-${Math.random().toString(36).slice(2)}` });
  const received: Received[] = [];
  client.on('message', (topic, payload, packet) => {
    const parsed = parseTopic(topic);
    if (parsed) received.push({ topic, ...parsed, payload, retain: packet.retain });
  });
  await client.subscribeAsync('fleet/v1/#', { qos: 1 });
  return { client, received };
}

describe(startSimulator.name, () => {
  let broker: Aedes;
  let server: Server;
  let url: string;
  const brokerClients = new Map<string, Client>();

  beforeAll(async () => {
    broker = await Aedes.createBroker();
    broker.on('client', (client) => brokerClients.set(client.id, client));
    server = createServer(broker.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `mqtt://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('publishes decodable telemetry per vehicle with increasing seq, inside the pilot zone, then goes OFFLINE', async () => {
    const { client, received } = await subscribeAll(url);
    const sim = await startSimulator(
      { mqttUrl: url, vehicles: 5, hz: 4, samplesPerMessage: 3, seed: 1, eventRate: 2_000 },
      { logger: silent },
    );
    try {
      const ids = sim.vehicles.map((v) => v.id);
      const telemetryOf = (id: string) => received.filter((m) => m.channel === 'telemetry' && m.vehicleId === id);
      await waitFor('4 telemetry messages from each vehicle', () => ids.every((id) => telemetryOf(id).length >= 4));
      // At this event rate control changes come every few hundred milliseconds.
      await waitFor('events', () => received.filter((m) => m.channel === 'events').length >= 3);

      const online = received.filter((m) => m.channel === 'status').map((m) => VehicleStatusMessage.decode(m.payload));
      expect(
        new Set(online.filter((s) => s.connectivity === Connectivity.CONNECTIVITY_ONLINE).map((s) => s.vehicleId)),
      ).toEqual(new Set(ids));

      for (const id of ids) {
        const batches = telemetryOf(id).map((m) => TelemetryBatchMessage.decode(m.payload));
        const seqs = batches.map((b) => Number(b.seq));
        expect(
          seqs.every((seq, i) => i === 0 || seq === (seqs[i - 1] ?? 0) + 1),
          `seq ${String(seqs)}`,
        ).toBe(true);
        let lastTime = 0;
        for (const batch of batches) {
          expect(batch.vehicleId).toBe(id);
          expect(batch.samples).toHaveLength(3);
          const times = batch.samples.map((s) => Number(s.timeUnixMs));
          // Samples are evenly spaced (to the millisecond) and move forward in time across messages.
          expect(times[0]).toBeGreaterThan(lastTime);
          const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
          expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
          lastTime = times[times.length - 1] ?? 0;
          for (const s of batch.samples) {
            expect(bboxContains(bounds, [s.lonDeg ?? NaN, s.latDeg ?? NaN])).toBe(true);
            expect(s.controlMode).toBeGreaterThan(0);
            expect(s.speedMps).toBeGreaterThanOrEqual(0);
          }
        }
      }
      const lastEventSeq = new Map<string, number>();
      for (const m of received.filter((x) => x.channel === 'events')) {
        const event = VehicleEventMessage.decode(m.payload);
        expect(event.vehicleId).toBe(m.vehicleId);
        expect(event.kind).toBeGreaterThan(0);
        expect(bboxContains(bounds, [event.lonDeg, event.latDeg])).toBe(true);
        const seq = Number(event.seq);
        expect(seq).toBeGreaterThan(lastEventSeq.get(event.vehicleId) ?? 0);
        lastEventSeq.set(event.vehicleId, seq);
      }
      const stats = sim.stats();
      expect(stats.connected).toBe(5);
      expect(stats.messagesPublished).toBeGreaterThanOrEqual(20);
      expect(stats.publishErrors).toBe(0);
      await waitFor('acks', () => sim.stats().acked >= stats.messagesPublished);
    } finally {
      await sim.stop();
      await client.endAsync();
    }

    // The retained status left behind says OFFLINE for every vehicle.
    const late = await subscribeAll(url);
    try {
      await waitFor('retained statuses', () => late.received.filter((m) => m.channel === 'status').length >= 5);
      for (const m of late.received.filter((x) => x.channel === 'status')) {
        expect(m.retain).toBe(true);
        expect(VehicleStatusMessage.decode(m.payload).connectivity).toBe(Connectivity.CONNECTIVITY_OFFLINE);
      }
    } finally {
      await late.client.endAsync();
    }
    await expect(sim.done).resolves.toBeUndefined();
  });

  it('leaves a retained OFFLINE last will when a vehicle drops off, and comes back ONLINE', async () => {
    const { client, received } = await subscribeAll(url);
    const sim = await startSimulator({ mqttUrl: url, vehicles: 2, seed: 3 }, { logger: silent });
    try {
      const id = sim.vehicles[0]?.id ?? '';
      const statuses = () =>
        received
          .filter((m) => m.channel === 'status' && m.vehicleId === id)
          .map((m) => VehicleStatusMessage.decode(m.payload).connectivity);
      await waitFor('ONLINE', () => statuses().includes(Connectivity.CONNECTIVITY_ONLINE));
      // Cut the vehicle's TCP connection from the broker side, as a lost mobile link would.
      brokerClients.get(id)?.conn.destroy();
      await waitFor('last will', () => statuses().includes(Connectivity.CONNECTIVITY_OFFLINE));
      await waitFor(
        'reconnect',
        () =>
          statuses().lastIndexOf(Connectivity.CONNECTIVITY_ONLINE) >
          statuses().indexOf(Connectivity.CONNECTIVITY_OFFLINE),
      );
    } finally {
      await sim.stop();
      await client.endAsync();
    }
  });

  it('publishes for every vehicle over one shared connection and stops at the end of its duration', async () => {
    const { client, received } = await subscribeAll(url);
    const sim = await startSimulator(
      { mqttUrl: url, vehicles: 5, startOffset: 40, hz: 5, connectionMode: 'shared', durationS: 1.5, seed: 2 },
      { logger: silent },
    );
    try {
      await sim.done;
      expect(sim.stats().connections).toBe(1);
      const ids = new Set(received.filter((m) => m.channel === 'telemetry').map((m) => m.vehicleId));
      expect(ids).toEqual(new Set(sim.vehicles.map((v) => v.id)));
      expect(sim.vehicles[0]?.id).toBe('L2-0011');
    } finally {
      await client.endAsync();
    }
  });

  it('fails to start with a clear error when no broker answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(
      startSimulator({ mqttUrl: `mqtt://127.0.0.1:${port}`, vehicles: 2, connectTimeoutS: 0.5 }, { logger: silent }),
    ).rejects.toThrow(SimulatorStartError);
  });
});
