import { bboxContains } from '@fleet/geo';
import { PILOT_ZONE_BOUNDS } from '@fleet/pilot-zone';
import {
  Connectivity,
  parseTopic,
  TelemetryBatchMessage,
  VehicleEventMessage,
  VehicleStatusMessage,
  type ITelemetrySample,
} from '@fleet/telemetry-contract';
import { Aedes, type AedesOptions, type Client } from 'aedes';
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

type RunningBroker = { broker: Aedes; server: Server; port: number };

/** Starts an in-process broker on a loopback port; port 0 picks a free one. */
async function startBroker(port: number, options: AedesOptions = {}): Promise<RunningBroker> {
  const broker = await Aedes.createBroker(options);
  const server = createServer(broker.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { broker, server, port: (server.address() as AddressInfo).port };
}

/** Closes every client connection and stops listening; safe to call again. */
async function closeBroker({ broker, server }: RunningBroker): Promise<void> {
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  // A second close reports that the server is not running; either way it is closed.
  await new Promise<void>((resolve) => server.close(() => resolve()));
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
  let running: RunningBroker;
  let url: string;
  const brokerClients = new Map<string, Client>();

  beforeAll(async () => {
    running = await startBroker(0);
    running.broker.on('client', (client) => brokerClients.set(client.id, client));
    url = `mqtt://127.0.0.1:${running.port}`;
  });

  afterAll(async () => {
    await closeBroker(running);
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
        // A tick throttled by unacknowledged messages comes later as a re-sent batch; live ones move forward in time.
        for (const batch of batches.filter((b) => !b.resent)) {
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

describe(`${startSimulator.name} across a broker restart`, () => {
  it(
    'buffers what it cannot send and re-sends it oldest first, flagged resent, so every sample arrives',
    { timeout: 60_000 },
    async () => {
      const vehicles = 4;
      const hz = 5;
      const samplesPerMessage = 5;
      const periodMs = 1_000 / hz;
      const first = await startBroker(0);
      let second: RunningBroker | undefined;
      const url = `mqtt://127.0.0.1:${first.port}`;
      const { client, received } = await subscribeAll(url);
      const subscriberId = client.options.clientId ?? '';
      const subscriberErrors = new Set<string>();
      // mqtt.js throws an 'error' nobody listens to, and its reconnects fail while no broker listens.
      client.on('error', (error) => subscriberErrors.add('code' in error ? String(error.code) : error.message));
      const sim = await startSimulator(
        { mqttUrl: url, vehicles, hz, samplesPerMessage, seed: 5, eventRate: 5_000 },
        { logger: silent },
      );
      try {
        const ids = sim.vehicles.map((v) => v.id);
        await waitFor('live telemetry from every vehicle', () =>
          ids.every((id) => received.some((m) => m.channel === 'telemetry' && m.vehicleId === id)),
        );

        await closeBroker(first);
        await waitFor('every vehicle offline', () => sim.stats().connected === 0);
        const offlineFromMs = Date.now();
        await waitFor(
          '3 s of samples in the buffers',
          () => sim.stats().samplesBuffered >= vehicles * hz * samplesPerMessage * 3,
        );
        const backFromMs = Date.now();
        let subscriberBack = false;
        second = await startBroker(first.port, {
          // Vehicles get in only once the test's subscriber has subscribed again, or it would miss their first messages.
          // Refusing with an error makes aedes close the socket, so that mqtt.js retries after its reconnect period.
          preConnect: (_client, packet, callback) => {
            if (subscriberBack || packet.clientId === subscriberId) callback(null, true);
            else callback(new Error('waiting for the test subscriber'), false);
          },
        });
        second.broker.on('subscribe', (_subscriptions, brokerClient) => {
          if (brokerClient.id === subscriberId) subscriberBack = true;
        });

        // Pause in the same turn of the event loop as the check, so that no later tick can buffer anything new.
        await waitFor(
          'every vehicle back and its buffer re-sent',
          () => {
            const now = sim.stats();
            if (now.connected < vehicles || now.samplesBuffered > 0) return false;
            sim.pause();
            return true;
          },
          30_000,
        );
        const stats = sim.stats();
        expect(stats.samplesGenerated).toBe(
          stats.samplesPublished + stats.samplesBuffered + stats.samplesDroppedFromBuffer,
        );
        expect(stats.samplesDroppedFromBuffer).toBe(0);
        expect(stats.samplesResent).toBeGreaterThanOrEqual(vehicles * hz * samplesPerMessage * 3);
        expect(stats.connectionErrors).toBeGreaterThan(0);
        expect(subscriberErrors).toContain('ECONNREFUSED');
        await waitFor('acknowledgements', () => sim.stats().acked === stats.messagesPublished + stats.eventsPublished);

        const telemetry = () =>
          received.filter((m) => m.channel === 'telemetry').map((m) => TelemetryBatchMessage.decode(m.payload));
        const timeOf = (sample: ITelemetrySample): number => Number(sample.timeUnixMs);
        // A sample is identified by vehicle and time; mqtt.js may deliver one of its in-flight messages twice.
        const distinctSamples = () =>
          new Set(telemetry().flatMap((b) => b.samples.map((sample) => `${b.vehicleId}@${timeOf(sample)}`)));
        await waitFor('every sample at the subscriber', () => distinctSamples().size >= stats.samplesGenerated);
        // Only generated samples can arrive, so as many distinct ones as were generated means that every one arrived.
        expect(distinctSamples().size).toBe(stats.samplesGenerated);

        // A sample timed after the vehicles noticed the outage and a period before the broker came back was generated
        // while the vehicle could not send.
        const whileDown = (timeMs: number): boolean => timeMs > offlineFromMs && timeMs < backFromMs - periodMs;
        const batches = telemetry();
        const liveWhileDown = batches.filter((b) => !b.resent && b.samples.some((x) => whileDown(timeOf(x))));
        expect(liveWhileDown.map((b) => `${b.vehicleId} seq ${String(b.seq)}`)).toEqual([]);
        for (const id of ids) {
          const mine = batches.filter((b) => b.vehicleId === id);
          expect(
            mine.some((b) => b.samples.some((x) => whileDown(timeOf(x)))),
            id,
          ).toBe(true);
          const resent = mine.filter((b) => b.resent);
          // Over 3 s of samples do not fit in one re-sent message, and none is larger than the backfill batch.
          expect(resent.length, id).toBeGreaterThanOrEqual(2);
          expect(Math.max(...resent.map((b) => b.samples.length)), id).toBeLessThanOrEqual(60);
          const resentTimes = resent.flatMap((b) => b.samples.map(timeOf));
          expect(resentTimes, id).toEqual([...resentTimes].sort((a, b) => a - b));
          expect(new Set(resentTimes).size, id).toBe(resentTimes.length);
          // Live data goes first: the vehicle's first message with samples from after the outage began is a live one.
          expect(mine.find((b) => b.samples.some((x) => timeOf(x) > offlineFromMs))?.resent, id).toBe(false);
        }

        const events = received.filter((m) => m.channel === 'events').map((m) => VehicleEventMessage.decode(m.payload));
        const eventsWhileDown = events.filter((e) => whileDown(Number(e.timeUnixMs)));
        expect(eventsWhileDown.length).toBeGreaterThan(0);
        expect(eventsWhileDown.filter((e) => !e.resent).map((e) => `${e.vehicleId} seq ${String(e.seq)}`)).toEqual([]);
      } finally {
        await sim.stop();
        await client.endAsync();
        await closeBroker(first);
        if (second) await closeBroker(second);
      }
    },
  );
});
