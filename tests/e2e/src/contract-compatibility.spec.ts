import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { wireBreakingChanges } from './wire-compatibility.js';

const V1 = resolve(import.meta.dirname, '../../../proto/fleet/telemetry/v1');
const released = JSON.parse(readFileSync(`${V1}/telemetry.released.json`, 'utf8')) as Parameters<
  typeof wireBreakingChanges
>[0];
const current = () =>
  new protobuf.Root().loadSync(`${V1}/telemetry.proto`, { keepCase: true }).toJSON() as Parameters<
    typeof wireBreakingChanges
  >[0];

describe('vehicle contract compatibility with the last release (telemetry.released.json)', () => {
  it('keeps every released message, field number, type and enum value', () => {
    expect(wireBreakingChanges(released, current())).toEqual([]);
  });

  it('notices a changed field type and a field dropped without reserving its number', () => {
    const broken = current();
    const v1 = broken.nested!['fleet']!.nested!['telemetry']!.nested!['v1']!.nested!;
    const sample = v1['TelemetrySample']!;
    sample.fields!['speed_mps'] = { type: 'double', id: 4 };
    delete sample.fields!['heading_deg'];
    expect(wireBreakingChanges(released, broken)).toEqual([
      'fleet.telemetry.v1.TelemetrySample.speed_mps (4) changed type from float to double',
      'fleet.telemetry.v1.TelemetrySample.heading_deg (5) removed without reserving its number',
    ]);
  });
});
