import {
  ControlMode,
  encodeTelemetryBatch,
  FaultLevel,
  type ITelemetryBatch,
  type ITelemetrySample,
} from '@fleet/telemetry-contract';
import { describe, expect, it } from 'vitest';
import { validateTelemetry } from './validate-telemetry.js';
import type { ValidationLimits } from './validation-limits.js';

const NOW = 1_790_000_000_000;
const UNKNOWN_ENUM_VALUE: number = 42;
const limits: ValidationLimits = { maxSamplesPerMessage: 10, maxFutureSkewMs: 60_000, maxAgeMs: 86_400_000 };

const sample = (over: Partial<ITelemetrySample> = {}): ITelemetrySample => ({
  timeUnixMs: NOW - 1_000,
  latDeg: 31.29,
  lonDeg: 121.16,
  speedMps: 12.5,
  headingDeg: 90,
  accelMps2: 0.4,
  controlMode: ControlMode.CONTROL_MODE_AUTOMATED,
  ...over,
});
const batch = (over: Partial<ITelemetryBatch> = {}): Uint8Array =>
  encodeTelemetryBatch({ vehicleId: 'RT-0001', seq: 7, samples: [sample()], ...over });

describe(validateTelemetry.name, () => {
  it('accepts a well-formed batch and converts wire values to platform units', () => {
    const result = validateTelemetry(
      'RT-0001',
      batch({
        samples: [
          sample({ faultLevel: FaultLevel.FAULT_LEVEL_2, faultCodes: ['E12', 'L3'], lights: { hazard: true } }),
        ],
      }),
      NOW,
      limits,
    );
    expect(result).toMatchObject({ ok: true, batch: { vehicleId: 'RT-0001', seq: 7, resent: false } });
    if (!result.ok) return;
    expect(result.batch.samples[0]).toMatchObject({
      timeMs: NOW - 1_000,
      controlMode: 'automated',
      faultLevel: 2,
      faultCodes: 'E12,L3',
      lights: 8,
      batterySocPct: null,
    });
  });

  it('sorts samples and keeps one per timestamp', () => {
    const result = validateTelemetry(
      'RT-0001',
      batch({
        samples: [
          sample({ timeUnixMs: NOW - 100 }),
          sample({ timeUnixMs: NOW - 300 }),
          sample({ timeUnixMs: NOW - 100, speedMps: 1 }),
        ],
      }),
      NOW,
      limits,
    );
    expect(result.ok && result.batch.samples.map((s) => [s.timeMs, s.speedMps])).toEqual([
      [NOW - 300, 12.5],
      [NOW - 100, 12.5],
    ]);
  });

  it.each([
    ['garbage bytes', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]), 'malformed_protobuf'],
    ['another vehicle in the payload', batch({ vehicleId: 'RT-0002' }), 'topic_mismatch'],
    ['no samples', batch({ samples: [] }), 'empty_batch'],
    [
      'too many samples',
      batch({ samples: Array.from({ length: 11 }, (_, i) => sample({ timeUnixMs: NOW - i })) }),
      'too_many_samples',
    ],
    ['latitude beyond the pole', batch({ samples: [sample({ latDeg: 91 })] }), 'invalid_value'],
    ['NaN longitude', batch({ samples: [sample({ lonDeg: Number.NaN })] }), 'invalid_value'],
    ['null island', batch({ samples: [sample({ latDeg: 0, lonDeg: 0 })] }), 'invalid_value'],
    ['negative speed', batch({ samples: [sample({ speedMps: -1 })] }), 'invalid_value'],
    ['supersonic speed', batch({ samples: [sample({ speedMps: 400 })] }), 'invalid_value'],
    ['heading over 360', batch({ samples: [sample({ headingDeg: 361 })] }), 'invalid_value'],
    [
      'unspecified control mode',
      batch({ samples: [sample({ controlMode: ControlMode.CONTROL_MODE_UNSPECIFIED })] }),
      'invalid_value',
    ],
    ['unknown control mode', batch({ samples: [sample({ controlMode: UNKNOWN_ENUM_VALUE })] }), 'invalid_value'],
    ['state of charge of 150 %', batch({ samples: [sample({ batterySocPct: 150 })] }), 'invalid_value'],
    ['NUL in the officer id', batch({ samples: [sample({ safetyOfficerId: 'a\u0000b' })] }), 'invalid_value'],
    ['a time an hour ahead', batch({ samples: [sample({ timeUnixMs: NOW + 3_600_000 })] }), 'timestamp_out_of_range'],
    [
      'a time two days old',
      batch({ samples: [sample({ timeUnixMs: NOW - 2 * 86_400_000 })] }),
      'timestamp_out_of_range',
    ],
    ['a zero time', batch({ samples: [sample({ timeUnixMs: 0 })] }), 'timestamp_out_of_range'],
  ])('rejects %s', (_name, payload, reason) => {
    const result = validateTelemetry('RT-0001', payload, NOW, limits);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok || result.detail.length > 0).toBe(true);
  });

  it('keeps a reported zero in an optional field apart from an absent one', () => {
    const result = validateTelemetry(
      'RT-0001',
      batch({ samples: [sample({ batterySocPct: 0, passengers: 0 })] }),
      NOW,
      limits,
    );
    expect(result.ok && result.batch.samples[0]).toMatchObject({ batterySocPct: 0, passengers: 0, odometerKm: null });
  });

  it('keeps re-sent data that is old but within the accepted age', () => {
    const result = validateTelemetry(
      'RT-0001',
      batch({ resent: true, samples: [sample({ timeUnixMs: NOW - 3_600_000 })] }),
      NOW,
      limits,
    );
    expect(result).toMatchObject({ ok: true, batch: { resent: true } });
  });
});
