import { describe, expect, it } from 'vitest';
import { channelFilter, parseTopic, vehicleTopic } from './topics.js';

describe('parseTopic', () => {
  it('round-trips every channel of a vehicle topic', () => {
    for (const channel of ['telemetry', 'events', 'status'] as const) {
      expect(parseTopic(vehicleTopic('RT-0001', channel))).toEqual({ vehicleId: 'RT-0001', channel });
    }
  });

  it.each([
    'fleet/v2/RT-0001/telemetry',
    'fleet/v1/RT-0001/telemetry/extra',
    'fleet/v1/RT-0001',
    'fleet/v1/RT 0001/telemetry',
    'fleet/v1/+/telemetry',
    'fleet/v1/RT-0001/commands',
    'other/v1/RT-0001/telemetry',
    '',
  ])('rejects %j', (topic) => {
    expect(parseTopic(topic)).toBeUndefined();
  });

  it('builds subscription filters with a single-level wildcard', () => {
    expect(channelFilter('events')).toBe('fleet/v1/+/events');
  });
});
