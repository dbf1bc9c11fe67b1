import { demoFleet } from '@fleet/demo-fleet';
import { describe, expect, it } from 'vitest';
import { fleetFilters, ownsVehicle, parseVehicleShard, vehicleFilters } from './vehicle-shard.js';

describe('vehicle shards', () => {
  it('reads k/n and refuses anything else with the setting named', () => {
    expect(parseVehicleShard('0/3')).toEqual({ index: 0, count: 3 });
    expect(parseVehicleShard(' 2/3 ')).toEqual({ index: 2, count: 3 });
    for (const bad of ['3/3', '1/0', '-1/2', 'a/b', '1', '1/2/3', '0/2000']) {
      expect(() => parseVehicleShard(bad), bad).toThrow(/INGEST_SHARD/);
    }
  });

  it('gives every vehicle to exactly one of n instances, and spreads the fleet evenly', () => {
    const ids = demoFleet(20_000).map((v) => v.id);
    for (const count of [1, 2, 3, 7]) {
      const shards = Array.from({ length: count }, (_, index) => ({ index, count }));
      const sizes = shards.map((s) => ids.filter((id) => ownsVehicle(s, id)).length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(ids.length);
      for (const id of ids.slice(0, 500)) expect(shards.filter((s) => ownsVehicle(s, id))).toHaveLength(1);
      for (const size of sizes) expect(Math.abs(size - ids.length / count)).toBeLessThan(0.05 * (ids.length / count));
    }
  });

  it('names exactly the vehicles given, or every vehicle with a wildcard', () => {
    expect(vehicleFilters(['RT-0001'], ['telemetry', 'status'])).toEqual([
      'fleet/v1/RT-0001/telemetry',
      'fleet/v1/RT-0001/status',
    ]);
    expect(fleetFilters(['events'], 'ingest')).toEqual(['$share/ingest/fleet/v1/+/events']);
    expect(fleetFilters(['events'], undefined)).toEqual(['fleet/v1/+/events']);
  });
});
