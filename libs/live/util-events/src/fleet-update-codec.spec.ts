import { describe, expect, it } from 'vitest';
import {
  controlModeAt,
  decodeFleetUpdate,
  encodeFleetUpdate,
  faultLevelAt,
  type FleetUpdateRow,
} from './fleet-update-codec.js';

const row = (slot: number, over: Partial<FleetUpdateRow> = {}): FleetUpdateRow => ({
  slot,
  timeMs: 1_760_000_000_000 + slot,
  latDeg: 31.28 + slot / 1000,
  lonDeg: 121.16 + slot / 1000,
  speedMps: 8.5,
  headingDeg: 271.5,
  controlMode: 'automated',
  faultLevel: null,
  online: true,
  ...over,
});

describe('encodeFleetUpdate', () => {
  it('round-trips rows through the binary column format', () => {
    const rows = [row(0), row(7, { controlMode: 'manual', faultLevel: 2, online: false }), row(12_345)];
    const update = decodeFleetUpdate(encodeFleetUpdate(42, rows));
    expect(update.serverTimeMs).toBe(42);
    expect(Array.from(update.slot)).toEqual([0, 7, 12_345]);
    expect(update.latDeg[1]).toBe(rows[1]!.latDeg);
    expect(update.lonDeg[2]).toBe(rows[2]!.lonDeg);
    expect(update.timeMs[2]).toBe(rows[2]!.timeMs);
    expect(update.headingDeg[0]).toBeCloseTo(271.5);
    expect(controlModeAt(update, 1)).toBe('manual');
    expect(faultLevelAt(update, 1)).toBe(2);
    expect(faultLevelAt(update, 0)).toBeNull();
    expect(Array.from(update.online)).toEqual([1, 0, 1]);
  });

  it('decodes a copy held in a byte view at an unaligned offset', () => {
    const buffer = encodeFleetUpdate(7, [row(3)]);
    const padded = new Uint8Array(buffer.byteLength + 3);
    padded.set(new Uint8Array(buffer), 3);
    const update = decodeFleetUpdate(padded.subarray(3));
    expect(Array.from(update.slot)).toEqual([3]);
    expect(update.latDeg[0]).toBe(row(3).latDeg);
  });

  it('encodes an empty tick', () => {
    expect(decodeFleetUpdate(encodeFleetUpdate(1, [])).slot.length).toBe(0);
  });

  it('costs well under 60 bytes a vehicle', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i));
    expect(encodeFleetUpdate(0, rows).byteLength / rows.length).toBeLessThan(60);
  });

  it('rejects truncated or foreign frames', () => {
    const buffer = encodeFleetUpdate(0, [row(1), row(2)]);
    expect(() => decodeFleetUpdate(buffer.slice(0, 30))).toThrow(RangeError);
    expect(() => decodeFleetUpdate(new ArrayBuffer(4))).toThrow(RangeError);
    const foreign = buffer.slice(0);
    new DataView(foreign).setUint32(0, 9, true);
    expect(() => decodeFleetUpdate(foreign)).toThrow(/version/);
  });
});
