import { CONTROL_MODES, enumName, TelemetryBatchMessage } from '@fleet/telemetry-contract';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(resolve(import.meta.dirname, '../../../proto/fleet/telemetry/v1/README.md'), 'utf8');

describe('vehicle contract document', () => {
  it('shows bytes that decode to the worked example it describes', () => {
    const hex = /```hex\n([0-9a-f]+)\n```/.exec(doc)?.[1];
    expect(hex).toBeDefined();
    const batch = TelemetryBatchMessage.decode(Buffer.from(hex!, 'hex'));
    expect(batch.vehicleId).toBe('RT-0001');
    expect(Number(batch.seq)).toBe(42);
    const sample = batch.samples[0]!;
    expect(Number(sample.timeUnixMs)).toBe(1_795_000_000_000);
    expect([sample.latDeg, sample.lonDeg, sample.speedMps, sample.headingDeg]).toEqual([31.2905, 121.162, 8.5, 45]);
    expect(enumName(CONTROL_MODES, sample.controlMode)).toBe('automated');
    expect([sample.batterySocPct, sample.passengers, sample.safetyOfficerId]).toEqual([76, 2, 'SO-1001']);
    expect(doc).toContain(`these are ${hex!.length / 2} bytes`);
  });
});
