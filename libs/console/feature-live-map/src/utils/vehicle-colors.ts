import { CONTROL_MODES } from '@fleet/telemetry-contract';
import { CONTROL_MODE_COLORS, FAULT_RING_COLOR, PALETTE, UNKNOWN_MODE_COLOR, hexToRgba } from '@fleet/console-tokens';

/** Row of MODE_COLOR_TABLE used for vehicles whose mode was never reported. */
const UNKNOWN_ROW = CONTROL_MODES.length;
/** Row of MODE_COLOR_TABLE used for offline vehicles. */
const OFFLINE_ROW = CONTROL_MODES.length + 1;

/** RGBA bytes per control-mode index, then "unknown", then "offline". */
export const MODE_COLOR_TABLE: Uint8Array = (() => {
  const hexes = [...CONTROL_MODES.map((m) => CONTROL_MODE_COLORS[m]), UNKNOWN_MODE_COLOR, PALETTE.offline];
  const table = new Uint8Array(hexes.length * 4);
  hexes.forEach((h, i) => table.set(hexToRgba(h), i * 4));
  return table;
})();

const FAULT_RING = hexToRgba(FAULT_RING_COLOR);

export type ColorColumns = { mode: Uint8Array; online: Uint8Array; fault: Uint8Array };

/**
 * Fills per-row colours for the drawn slots: fill by control mode (grey when offline) and a fault
 * ring that is opaque only for GB/T 32960 level 3.
 */
export function writeVehicleColors(rows: Uint32Array, columns: ColorColumns, fill: Uint8Array, ring: Uint8Array): void {
  for (let r = 0; r < rows.length; r++) {
    const s = rows[r] ?? 0;
    const mode = columns.mode[s] ?? 255;
    const colorRow = columns.online[s] !== 1 ? OFFLINE_ROW : mode < CONTROL_MODES.length ? mode : UNKNOWN_ROW;
    const o = r * 4;
    const t = colorRow * 4;
    fill[o] = MODE_COLOR_TABLE[t] ?? 0;
    fill[o + 1] = MODE_COLOR_TABLE[t + 1] ?? 0;
    fill[o + 2] = MODE_COLOR_TABLE[t + 2] ?? 0;
    fill[o + 3] = 255;
    const faulted = columns.fault[s] === 3;
    ring[o] = FAULT_RING[0];
    ring[o + 1] = FAULT_RING[1];
    ring[o + 2] = FAULT_RING[2];
    ring[o + 3] = faulted ? 255 : 0;
  }
}
