import { connect, type IClientOptions, type MqttClient } from 'mqtt';

export type ConnectionSpec = {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  will?: { topic: string; payload: Uint8Array };
  /** Called on every (re)connect, e.g. to publish the retained ONLINE status. */
  onConnect: (client: MqttClient) => void;
  onError: (error: Error) => void;
};

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Opens one MQTT 3.1.1 connection. `clean: true` because a vehicle only publishes: there are no subscriptions for the
 * broker to keep, 20,000 persistent sessions would only cost broker memory, and mqtt.js replays its own unacknowledged
 * QoS 1 publishes after a reconnect either way.
 */
export function openConnection(spec: ConnectionSpec): MqttClient {
  const options: IClientOptions = {
    clientId: spec.clientId,
    clean: true,
    protocolVersion: 4,
    keepalive: 30,
    connectTimeout: 10_000,
    // Jitter, so that a broker restart is not followed by every vehicle reconnecting in the same millisecond.
    reconnectPeriod: 1_000 + Math.floor(Math.random() * 2_000),
    queueQoSZero: false,
    username: spec.username,
    password: spec.password,
    will: spec.will
      ? { topic: spec.will.topic, payload: toBuffer(spec.will.payload), qos: 1, retain: true }
      : undefined,
  };
  const client = connect(spec.url, options);
  client.on('connect', () => spec.onConnect(client));
  // mqtt.js keeps reconnecting after errors; without a listener an 'error' event would crash the process.
  client.on('error', spec.onError);
  return client;
}

/** Resolves once the client is connected, or rejects when `signal` aborts first. */
export function firstConnect(client: MqttClient, signal: AbortSignal): Promise<void> {
  if (client.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onConnect = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      client.removeListener('connect', onConnect);
      reject(new Error('connect aborted'));
    };
    client.once('connect', onConnect);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `tasks` with at most `limit` in flight; stops starting new ones once `signal` aborts. */
export async function runLimited(
  tasks: readonly (() => Promise<void>)[],
  limit: number,
  signal: AbortSignal,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length && !signal.aborted) {
      const task = tasks[next++];
      if (task) await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
