/** The three per-vehicle topics of the contract: `fleet/v1/{vehicleId}/{channel}`. */
export type TopicChannel = 'telemetry' | 'events' | 'status';

const CHANNELS: ReadonlySet<string> = new Set<TopicChannel>(['telemetry', 'events', 'status']);

/** Vehicle ids are URL- and topic-safe: letters, digits, `-` and `_`, 1 to 64 characters. */
export const VEHICLE_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const TOPIC_PREFIX = 'fleet/v1';

export function vehicleTopic(vehicleId: string, channel: TopicChannel): string {
  return `${TOPIC_PREFIX}/${vehicleId}/${channel}`;
}

/** Subscription filter for one channel of every vehicle. */
export function channelFilter(channel: TopicChannel): string {
  return `${TOPIC_PREFIX}/+/${channel}`;
}

export type ParsedTopic = { vehicleId: string; channel: TopicChannel };

/** Parses a contract topic; returns undefined for anything else (wrong prefix, depth, id or channel). */
export function parseTopic(topic: string): ParsedTopic | undefined {
  const parts = topic.split('/');
  if (parts.length !== 4 || parts[0] !== 'fleet' || parts[1] !== 'v1') return undefined;
  const [, , vehicleId, channel] = parts as [string, string, string, string];
  if (!VEHICLE_ID_PATTERN.test(vehicleId) || !CHANNELS.has(channel)) return undefined;
  return { vehicleId, channel: channel as TopicChannel };
}

/** Where the platform sends commands to a vehicle; the only topic a vehicle may subscribe to. */
export function commandTopic(vehicleId: string): string {
  return `${TOPIC_PREFIX}/${vehicleId}/cmd`;
}
