import { channelFilter, vehicleTopic, type TopicChannel } from '@fleet/telemetry-contract';

/**
 * One of `count` ingest instances that split the fleet by vehicle: instance `index` subscribes to the topics of the
 * vehicles whose id hashes to it. Every message of a vehicle then reaches the same instance over one subscription,
 * in order, which keeps its rule state (consecutive samples, timers) in one place. A broker's round-robin shared
 * subscription (Mosquitto's only strategy) would scatter a vehicle's messages over every instance.
 */
export type VehicleShard = { index: number; count: number };

const MAX_SHARDS = 1_024;

/** Parses `k/n` (0 ≤ k < n), e.g. from INGEST_SHARD; throws a message naming the setting. */
export function parseVehicleShard(text: string): VehicleShard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index >= count) {
    throw new Error(`INGEST_SHARD must be k/n with 0 ≤ k < n ≤ ${MAX_SHARDS}, e.g. 0/3; got "${text}"`);
  }
  return { index, count };
}

/** FNV-1a over the id's UTF-16 code units: stable across processes and versions, spreads short ids evenly. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function ownsVehicle(shard: VehicleShard, vehicleId: string): boolean {
  return hashId(vehicleId) % shard.count === shard.index;
}

/** The topic filters of these vehicles' channels (no wildcards: exactly the vehicles given). */
export function vehicleFilters(vehicleIds: Iterable<string>, channels: readonly TopicChannel[]): string[] {
  const filters: string[] = [];
  for (const id of vehicleIds) for (const channel of channels) filters.push(vehicleTopic(id, channel));
  return filters;
}

/** The filters of every vehicle of a channel, for an unsharded instance (optionally as a shared subscription). */
export function fleetFilters(channels: readonly TopicChannel[], sharedGroup: string | undefined): string[] {
  return channels.map((c) => (sharedGroup ? `$share/${sharedGroup}/${channelFilter(c)}` : channelFilter(c)));
}
