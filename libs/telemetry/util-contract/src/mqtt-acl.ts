import { channelFilter, commandTopic, parseTopic, type TopicChannel } from './topics.js';

/**
 * Who is on the other end of an MQTT connection: a vehicle (user name = vehicle id) or the platform's own
 * ingest service. The same rules serve the embedded broker and the HTTP hooks of an external broker.
 */
export type MqttPrincipal = { kind: 'vehicle'; vehicleId: string } | { kind: 'platform' };

const INGEST_CHANNELS: readonly TopicChannel[] = ['telemetry', 'events', 'status'];
/** `$share/{group}/…` (MQTT 5 and EMQX/Mosquitto shared subscriptions). */
const SHARED_PREFIX = /^\$share\/[^/#+]+\//;

/** A vehicle publishes only under its own id; the platform publishes only commands. */
export function mayPublish(principal: MqttPrincipal, topic: string): boolean {
  if (principal.kind === 'platform') return /^fleet\/v1\/[A-Za-z0-9_-]{1,64}\/cmd$/.test(topic);
  return parseTopic(topic)?.vehicleId === principal.vehicleId;
}

/** A vehicle subscribes only to its own command topic; the platform to the vehicle channels (plain or shared). */
export function maySubscribe(principal: MqttPrincipal, filter: string): boolean {
  if (principal.kind === 'vehicle') return filter === commandTopic(principal.vehicleId);
  const unshared = filter.replace(SHARED_PREFIX, '');
  return INGEST_CHANNELS.some((channel) => channelFilter(channel) === unshared);
}

/** MQTT client ids are session keys: a vehicle may use only its own id (or `{id}:{suffix}`), so it cannot evict another. */
export function mayUseClientId(principal: MqttPrincipal, clientId: string): boolean {
  if (principal.kind === 'platform') return true;
  return clientId === principal.vehicleId || clientId.startsWith(`${principal.vehicleId}:`);
}
