import { describe, expect, it } from 'vitest';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { CONTROL_MODE_COLORS, FAULT_RING_COLOR, PALETTE, hexToRgba } from '@fleet/console-tokens';
import { writeVehicleColors } from './vehicle-colors.js';

describe(writeVehicleColors.name, () => {
  it('colours by mode, greys offline vehicles and rings only level-3 faults', () => {
    const automated = CONTROL_MODES.indexOf('automated');
    const columns = {
      mode: Uint8Array.from([automated, automated, 255]),
      online: Uint8Array.from([1, 0, 1]),
      fault: Uint8Array.from([3, 2, 255]),
    };
    const rows = Uint32Array.from([0, 1, 2]);
    const fill = new Uint8Array(12);
    const ring = new Uint8Array(12);
    writeVehicleColors(rows, columns, fill, ring);
    expect([...fill.subarray(0, 4)]).toEqual([...hexToRgba(CONTROL_MODE_COLORS.automated)]);
    expect([...fill.subarray(4, 8)]).toEqual([...hexToRgba(PALETTE.offline)]);
    expect([...ring.subarray(0, 4)]).toEqual([...hexToRgba(FAULT_RING_COLOR)]);
    expect(ring[7]).toBe(0);
    expect(ring[11]).toBe(0);
  });
});
