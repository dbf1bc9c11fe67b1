import {
  Connectivity,
  encodeVehicleEvent,
  encodeVehicleStatus,
  EventKind,
  Initiator,
  type IVehicleEvent,
} from '@fleet/telemetry-contract';
import { describe, expect, it } from 'vitest';
import { validateEvent, validateStatus } from './validate-event.js';

const NOW = 1_790_000_000_000;
const UNKNOWN_ENUM_VALUE: number = 9;
const limits = { maxSamplesPerMessage: 10, maxFutureSkewMs: 60_000, maxAgeMs: 86_400_000 };
const event = (over: Partial<IVehicleEvent> = {}) =>
  encodeVehicleEvent({
    vehicleId: 'RT-0001',
    seq: 3,
    timeUnixMs: NOW - 500,
    kind: EventKind.EVENT_KIND_DISENGAGEMENT,
    initiator: Initiator.INITIATOR_SAFETY_OFFICER,
    latDeg: 31.3,
    lonDeg: 121.2,
    detail: '安全员接管',
    ...over,
  });

describe(validateEvent.name, () => {
  it('accepts a disengagement with its initiator', () => {
    expect(validateEvent('RT-0001', event(), NOW, limits)).toMatchObject({
      ok: true,
      event: { kind: 'disengagement', initiator: 'safety_officer', seq: 3, detail: '安全员接管' },
    });
  });

  it.each([
    ['unspecified kind', event({ kind: EventKind.EVENT_KIND_UNSPECIFIED }), 'invalid_value'],
    ['unknown initiator', event({ initiator: UNKNOWN_ENUM_VALUE }), 'invalid_value'],
    ['foreign vehicle id', event({ vehicleId: 'X' }), 'topic_mismatch'],
    ['a time in the future', event({ timeUnixMs: NOW + 3_600_000 }), 'timestamp_out_of_range'],
    ['NUL in the detail', event({ detail: 'a\u0000' }), 'invalid_value'],
    ['truncated bytes', event().slice(0, 5), 'malformed_protobuf'],
  ])('rejects %s', (_name, payload, reason) => {
    expect(validateEvent('RT-0001', payload, NOW, limits)).toMatchObject({ ok: false, reason });
  });
});

describe(validateStatus.name, () => {
  it('dates an offline last will at its receipt, not at the stale time it was composed', () => {
    const will = encodeVehicleStatus({
      vehicleId: 'RT-0001',
      connectivity: Connectivity.CONNECTIVITY_OFFLINE,
      timeUnixMs: NOW - 600_000,
    });
    expect(validateStatus('RT-0001', will, NOW)).toEqual({
      ok: true,
      status: { vehicleId: 'RT-0001', online: false, timeMs: NOW },
    });
  });

  it('rejects an unspecified connectivity', () => {
    const status = encodeVehicleStatus({ vehicleId: 'RT-0001', timeUnixMs: NOW });
    expect(validateStatus('RT-0001', status, NOW)).toMatchObject({ ok: false, reason: 'invalid_value' });
  });
});
