import { setMaxListeners } from 'node:events';
import { vehicleSecretSource } from './vehicle-secrets.js';
import type { DemoVehicle } from '@fleet/demo-fleet';
import {
  Connectivity,
  encodeTelemetryBatch,
  encodeVehicleEvent,
  encodeVehicleStatus,
  vehicleTopic,
  type ITelemetrySample,
} from '@fleet/telemetry-contract';
import type { MqttClient } from 'mqtt';
import { pino, type Logger } from 'pino';
import { selectVehicles, setUpSimVehicles } from './fleet-setup.js';
import { firstConnect, openConnection, runLimited, toBuffer } from './mqtt-connection.js';
import { OfflineBuffer } from './offline-buffer.js';
import { stepVehicle, type QueuedEvent, type SimVehicle } from './sim-vehicle.js';
import { parseSimulatorOptions, type SimulatorOptions, type SimulatorOptionsInput } from './simulator-options.js';
import { emptyStats, type SimulatorStats } from './simulator-stats.js';
import { controlModeWire, eventKindWire, faultLevelWire, initiatorWire } from './wire-mapping.js';

export type SimulatorHandle = {
  readonly options: SimulatorOptions;
  readonly vehicles: readonly DemoVehicle[];
  stats(): SimulatorStats;
  /** Stops generating and publishing but keeps every connection (load steps); messages in flight still complete. */
  pause(): void;
  /** Publishes again from now on, each vehicle keeping its phase in the stagger. */
  resume(): void;
  /** Publishes OFFLINE for every vehicle, disconnects cleanly, leaves buffered samples unsent; safe to call again. */
  stop(): Promise<void>;
  /** Settles when the simulator has stopped (by stop() or at the end of its duration). */
  readonly done: Promise<void>;
};

export type SimulatorRuntime = { logger?: Logger };

/** The simulator could not start, e.g. the broker refused or never answered. */
export class SimulatorStartError extends Error {
  override readonly name = 'SimulatorStartError';
}

/** Unacknowledged telemetry messages a vehicle may have before its next samples go to its offline buffer. */
const MAX_IN_FLIGHT = 2;
/** Events may go a little past that, since they are rare and matter more. */
const MAX_IN_FLIGHT_WITH_EVENTS = 4;
/** Samples per re-sent message: well under the platform's 100 samples and 64 KiB per message. */
const BACKFILL_SAMPLES_PER_MESSAGE = 60;
/**
 * At most one re-sent message per vehicle per tick, and no more often than this: at high rates the live messages
 * alone come close to the embedded broker's limit of 50 messages per vehicle and second.
 */
const BACKFILL_MIN_INTERVAL_MS = 200;
const STATS_INTERVAL_MS = 10_000;
const CONNECT_CONCURRENCY = 200;
const STOP_TIMEOUT_MS = 5_000;
const FIRMWARE_VERSION = 'fleet-sim/0.1.0';

type VehicleSlot = {
  sim: SimVehicle;
  connection: Connection;
  inFlight: number;
  nextDueMs: number;
  /** Samples generated while the vehicle could not send, re-sent oldest first once it can. */
  unsent: OfflineBuffer<ITelemetrySample>;
  /** Scheduled time from which the next re-sent message may go out. */
  nextBackfillMs: number;
  telemetryTopic: string;
  eventsTopic: string;
};

/** A client is missing only until the gradual start has opened it. */
type Connection = { client?: MqttClient; slots: VehicleSlot[] };

function statusPayload(vehicleId: string, online: boolean): Buffer {
  return toBuffer(
    encodeVehicleStatus({
      vehicleId,
      connectivity: online ? Connectivity.CONNECTIVITY_ONLINE : Connectivity.CONNECTIVITY_OFFLINE,
      timeUnixMs: Date.now(),
      firmwareVersion: FIRMWARE_VERSION,
    }),
  );
}

function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Starts the simulator in-process: connects, then publishes until stop() or the configured duration. */
export async function startSimulator(
  input: SimulatorOptionsInput,
  runtime: SimulatorRuntime = {},
): Promise<SimulatorHandle> {
  const options = parseSimulatorOptions(input);
  const logger = runtime.logger ?? pino({ name: 'simulator', level: options.logLevel });
  const startMs = Date.now();
  const vehicles = selectVehicles(options.startOffset, options.vehicles);
  // Clock-derived start values keep seq increasing across restarts as long as a vehicle sends < 1000 messages/s.
  const sims = setUpSimVehicles(vehicles, options.seed ?? startMs % 2 ** 32, startMs, startMs, options.eventRate);
  const periodMs = 1_000 / options.hz;
  const bufferCapacity = Math.ceil(options.offlineBufferS * options.hz * options.samplesPerMessage);
  const stats = emptyStats(vehicles.length, options.connectionMode === 'shared' ? 1 : vehicles.length);

  let lastErrorLogMs = 0;
  let errorsSinceLog = 0;
  let lastError = '';
  const onError = (error: Error): void => {
    stats.connectionErrors++;
    errorsSinceLog++;
    lastError = error.message;
    // Thousands of clients fail together when the broker goes away: one log line per 5 s is enough.
    if (Date.now() - lastErrorLogMs >= 5_000) {
      logger.warn({ err: error, errors: errorsSinceLog }, 'mqtt connection error');
      lastErrorLogMs = Date.now();
      errorsSinceLog = 0;
    }
  };
  const publishOnline = (client: MqttClient, connection: Connection): void => {
    for (const slot of connection.slots) {
      const id = slot.sim.vehicle.id;
      client.publish(vehicleTopic(id, 'status'), statusPayload(id, true), { qos: 1, retain: true }, (error) => {
        if (error) stats.publishErrors++;
      });
    }
  };

  const connections: Connection[] = [];
  const slots: VehicleSlot[] = [];
  const addSlot = (sim: SimVehicle, connection: Connection, index: number): void => {
    const slot: VehicleSlot = {
      sim,
      connection,
      inFlight: 0,
      // Stagger the fleet evenly across one period, so publishing is smooth rather than bursty.
      nextDueMs: (index / sims.length) * periodMs,
      unsent: new OfflineBuffer(bufferCapacity),
      nextBackfillMs: 0,
      telemetryTopic: vehicleTopic(sim.vehicle.id, 'telemetry'),
      eventsTopic: vehicleTopic(sim.vehicle.id, 'events'),
    };
    connection.slots.push(slot);
    slots.push(slot);
  };
  const credentials = { username: options.username, password: options.password };
  const secretOf = await vehicleSecretSource(options.vehicleSecrets);
  if (options.connectionMode === 'shared') {
    // One connection cannot carry one last will per vehicle; a load test does not need them.
    const connection: Connection = { slots: [] };
    sims.forEach((sim, i) => addSlot(sim, connection, i));
    connection.client = openConnection({
      url: options.mqttUrl,
      clientId: `fleet-sim-shared-${options.startOffset}-${startMs.toString(36)}`,
      ...credentials,
      onConnect: (client) => publishOnline(client, connection),
      onError,
    });
    connections.push(connection);
  } else {
    sims.forEach((sim, i) => {
      const connection: Connection = { slots: [] };
      addSlot(sim, connection, i);
      connections.push(connection);
    });
  }

  // Per-vehicle clients are opened gradually: 20,000 simultaneous TCP handshakes would only cause timeouts.
  const deadline = AbortSignal.timeout(options.connectTimeoutS * 1_000);
  // Every connection waits on this one signal; Node would warn about a listener leak past ten.
  setMaxListeners(0, deadline);
  try {
    await runLimited(
      connections.map((connection) => async () => {
        const id = connection.slots[0]?.sim.vehicle.id ?? '';
        connection.client ??= openConnection({
          url: options.mqttUrl,
          clientId: id,
          username: options.username ?? (secretOf(id) === undefined ? undefined : id),
          password: options.password ?? secretOf(id),
          will: { topic: vehicleTopic(id, 'status'), payload: statusPayload(id, false) },
          onConnect: (client) => publishOnline(client, connection),
          onError,
        });
        await firstConnect(connection.client, deadline);
      }),
      CONNECT_CONCURRENCY,
      deadline,
    );
  } catch {
    const up = connections.filter((c) => c.client?.connected === true).length;
    await Promise.all(connections.flatMap((c) => (c.client ? [c.client.endAsync(true)] : [])));
    throw new SimulatorStartError(
      `Only ${up} of ${connections.length} MQTT connections to ${redactUrl(options.mqttUrl)} came up within ${options.connectTimeoutS} s` +
        (lastError ? `; last error: ${lastError}` : ''),
    );
  }

  const publishError = (): void => {
    stats.publishErrors++;
  };
  const publishEvent = (slot: VehicleSlot, event: QueuedEvent): void => {
    const { sim } = slot;
    const payload = encodeVehicleEvent({
      vehicleId: sim.vehicle.id,
      seq: sim.eventSeq++,
      timeUnixMs: event.timeMs,
      kind: eventKindWire(event.kind),
      initiator: initiatorWire(event.initiator),
      latDeg: event.latDeg,
      lonDeg: event.lonDeg,
      detail: event.detail,
      faultLevel: event.faultLevel === undefined ? undefined : faultLevelWire(event.faultLevel),
      faultCodes: event.faultCodes,
      responseTimeMs: event.responseTimeMs,
      speedMps: event.speedMps,
      controlMode: controlModeWire(event.controlMode),
      resent: event.resent === true,
    });
    slot.inFlight++;
    stats.eventsPublished++;
    slot.connection.client?.publish(slot.eventsTopic, toBuffer(payload), { qos: 1 }, (error) => {
      slot.inFlight--;
      if (error) publishError();
      else stats.acked++;
    });
  };

  const publishTelemetry = (slot: VehicleSlot, samples: ITelemetrySample[], resent: boolean): void => {
    const { sim } = slot;
    const payload = encodeTelemetryBatch({ vehicleId: sim.vehicle.id, seq: sim.seq++, samples, resent });
    slot.inFlight++;
    stats.messagesPublished++;
    stats.samplesPublished += samples.length;
    if (resent) stats.samplesResent += samples.length;
    slot.connection.client?.publish(slot.telemetryTopic, toBuffer(payload), { qos: options.qos }, (error) => {
      slot.inFlight--;
      if (error) publishError();
      else stats.acked++;
    });
  };

  /** One tick of a vehicle scheduled at `dueMs`: samples up to `nowMs`, then live data, events, one re-sent batch. */
  const emit = (slot: VehicleSlot, dueMs: number, nowMs: number): void => {
    const { sim } = slot;
    const k = options.samplesPerMessage;
    const stepMs = (nowMs - sim.lastSampleMs) / k;
    const first = sim.lastSampleMs;
    const samples: ITelemetrySample[] = [];
    for (let j = 1; j <= k; j++) {
      // Cap the motion step so a stalled process does not teleport vehicles.
      samples.push(stepVehicle(sim, Math.round(first + j * stepMs), Math.min(stepMs / 1_000, 5), options.eventRate));
    }
    stats.samplesGenerated += k;
    const online = slot.connection.client?.connected === true;
    // Live data goes first: it moves the map, while re-sent samples only fill in history.
    if (online && slot.inFlight < MAX_IN_FLIGHT) publishTelemetry(slot, samples, false);
    else stats.samplesDroppedFromBuffer += slot.unsent.push(samples);
    if (online) {
      while (sim.pendingEvents.length > 0 && slot.inFlight < MAX_IN_FLIGHT_WITH_EVENTS) {
        publishEvent(slot, sim.pendingEvents.shift() as QueuedEvent);
      }
      // One re-sent batch per tick at most, and only within the in-flight cap, so that a whole fleet reconnecting
      // after a broker restart catches up at a bounded multiple of its live rate instead of all at once.
      if (slot.unsent.size > 0 && slot.inFlight < MAX_IN_FLIGHT && dueMs >= slot.nextBackfillMs) {
        publishTelemetry(slot, slot.unsent.take(BACKFILL_SAMPLES_PER_MESSAGE), true);
        slot.nextBackfillMs = dueMs + BACKFILL_MIN_INTERVAL_MS;
      }
    }
    // Events that wait out a gap in the connection go out as re-sent; ones only throttled a tick stay live.
    if (!online) for (const event of sim.pendingEvents) event.resent = true;
  };

  const tick = (): void => {
    const nowMs = Date.now();
    for (const slot of slots) {
      if (nowMs < slot.nextDueMs) continue;
      emit(slot, slot.nextDueMs, nowMs);
      slot.nextDueMs += periodMs;
      if (slot.nextDueMs <= nowMs) {
        // More than a period behind: skip ahead but keep the vehicle's phase in the stagger.
        stats.lateTicks++;
        slot.nextDueMs += Math.ceil((nowMs - slot.nextDueMs) / periodMs) * periodMs;
      }
    }
  };

  // Phases are relative until now: connecting may have taken a while, and the first message should not span it.
  const firstTickMs = Date.now();
  for (const slot of slots) {
    slot.nextDueMs += firstTickMs;
    slot.sim.lastSampleMs = slot.nextDueMs - periodMs;
  }
  const snapshot = (): SimulatorStats => ({
    ...stats,
    connected: connections.filter((c) => c.client?.connected === true).length,
    samplesBuffered: slots.reduce((n, slot) => n + slot.unsent.size, 0),
  });
  const tickEveryMs = Math.min(50, Math.max(10, periodMs / 10));
  let tickTimer: NodeJS.Timeout | undefined = setInterval(tick, tickEveryMs);
  let pausedAtMs = 0;
  const pause = (): void => {
    if (tickTimer === undefined || stopping) return;
    clearInterval(tickTimer);
    tickTimer = undefined;
    pausedAtMs = Date.now();
  };
  const resume = (): void => {
    if (tickTimer !== undefined || stopping) return;
    // Shift every phase by the pause, so the first message after it does not span the pause.
    const shiftMs = Date.now() - pausedAtMs;
    for (const slot of slots) {
      slot.nextDueMs += shiftMs;
      slot.sim.lastSampleMs += shiftMs;
    }
    tickTimer = setInterval(tick, tickEveryMs);
  };
  let lastStats = snapshot();
  let lastStatsMs = Date.now();
  const statsTimer = setInterval(() => {
    const now = snapshot();
    const seconds = (Date.now() - lastStatsMs) / 1_000;
    logger.info(
      { ...now, messagesPerS: Math.round(((now.messagesPublished - lastStats.messagesPublished) / seconds) * 10) / 10 },
      'simulator stats',
    );
    lastStats = now;
    lastStatsMs = Date.now();
  }, STATS_INTERVAL_MS);

  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });
  let stopping: Promise<void> | undefined;
  let durationTimer: NodeJS.Timeout | undefined;

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      clearInterval(tickTimer);
      clearInterval(statsTimer);
      clearTimeout(durationTimer);
      // A clean disconnect suppresses the last will, so say OFFLINE explicitly; do not wait forever for a dead broker.
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(
          slots.flatMap((slot) => {
            const { client } = slot.connection;
            if (!client?.connected) return [];
            const id = slot.sim.vehicle.id;
            const offline = statusPayload(id, false);
            return [
              client.publishAsync(vehicleTopic(id, 'status'), offline, { qos: 1, retain: true }).catch(publishError),
            ];
          }),
        ),
        new Promise((resolve) => {
          timeout = setTimeout(resolve, STOP_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timeout);
      await Promise.all(connections.flatMap((c) => (c.client ? [c.client.endAsync(!c.client.connected)] : [])));
      const stopped = snapshot();
      if (stopped.samplesBuffered > 0) {
        logger.warn({ samplesBuffered: stopped.samplesBuffered }, 'samples still buffered at stop are not sent');
      }
      logger.info(stopped, 'simulator stopped');
      resolveDone();
    })();
    return stopping;
  };

  if (options.durationS > 0) durationTimer = setTimeout(() => void stop(), options.durationS * 1_000);

  const categories: Record<string, number> = {};
  for (const v of vehicles) categories[v.category] = (categories[v.category] ?? 0) + 1;
  logger.info(
    {
      mqttUrl: redactUrl(options.mqttUrl),
      vehicles: vehicles.length,
      connections: connections.length,
      connectionMode: options.connectionMode,
      hz: options.hz,
      samplesPerMessage: options.samplesPerMessage,
      qos: options.qos,
      offlineBufferSamples: bufferCapacity,
      durationS: options.durationS,
      startOffset: options.startOffset,
      categories,
      connectMs: Date.now() - startMs,
    },
    'simulator started',
  );

  return { options, vehicles, stats: snapshot, pause, resume, stop, done };
}
