import { describe, expect, it } from 'vitest';
import { mayPublish, maySubscribe, mayUseClientId, type MqttPrincipal } from './mqtt-acl.js';

const vehicle: MqttPrincipal = { kind: 'vehicle', vehicleId: 'RT-0001' };
const platform: MqttPrincipal = { kind: 'platform' };

describe('mayPublish', () => {
  it('lets a vehicle publish on its own three channels only', () => {
    for (const channel of ['telemetry', 'events', 'status']) {
      expect(mayPublish(vehicle, `fleet/v1/RT-0001/${channel}`)).toBe(true);
      expect(mayPublish(vehicle, `fleet/v1/RT-0002/${channel}`)).toBe(false);
    }
    for (const topic of ['fleet/v1/RT-0001/cmd', 'fleet/v1/RT-0001', 'fleet/v1/+/telemetry', 'other/RT-0001'])
      expect(mayPublish(vehicle, topic)).toBe(false);
  });

  it('lets the platform publish commands and nothing a vehicle would say', () => {
    expect(mayPublish(platform, 'fleet/v1/RT-0001/cmd')).toBe(true);
    expect(mayPublish(platform, 'fleet/v1/RT-0001/telemetry')).toBe(false);
  });
});

describe('maySubscribe', () => {
  it('lets a vehicle read its own command topic and nothing else', () => {
    expect(maySubscribe(vehicle, 'fleet/v1/RT-0001/cmd')).toBe(true);
    for (const filter of ['fleet/v1/RT-0002/cmd', 'fleet/v1/+/telemetry', '#', 'fleet/v1/RT-0001/#', '$SYS/#'])
      expect(maySubscribe(vehicle, filter)).toBe(false);
  });

  it('lets the platform read the vehicle channels, also as a shared subscription', () => {
    expect(maySubscribe(platform, 'fleet/v1/+/telemetry')).toBe(true);
    expect(maySubscribe(platform, '$share/ingest/fleet/v1/+/events')).toBe(true);
    expect(maySubscribe(platform, '#')).toBe(false);
  });
});

describe('mayUseClientId', () => {
  it('binds a vehicle to client ids of its own', () => {
    expect(mayUseClientId(vehicle, 'RT-0001')).toBe(true);
    expect(mayUseClientId(vehicle, 'RT-0001:tbox')).toBe(true);
    expect(mayUseClientId(vehicle, 'RT-00011')).toBe(false);
    expect(mayUseClientId(vehicle, 'RT-0002')).toBe(false);
  });
});
