import { CONTROL_MODES, type ControlModeName } from '@fleet/telemetry-contract';

/**
 * One tick of live positions as column arrays, so thousands of vehicles cost one small binary frame
 * and the console can hand the columns to the GPU without building objects.
 */
export type FleetUpdate = {
  serverTimeMs: number;
  slot: Uint32Array;
  timeMs: Float64Array;
  latDeg: Float64Array;
  lonDeg: Float64Array;
  speedMps: Float32Array;
  headingDeg: Float32Array;
  /** Index into CONTROL_MODES. */
  controlMode: Uint8Array;
  /** GB/T 32960 level 0–3, 255 when unknown. */
  faultLevel: Uint8Array;
  /** 1 online, 0 offline. */
  online: Uint8Array;
};

export type FleetUpdateRow = {
  slot: number;
  timeMs: number;
  latDeg: number;
  lonDeg: number;
  speedMps: number;
  headingDeg: number;
  controlMode: ControlModeName;
  faultLevel: number | null;
  online: boolean;
};

const VERSION = 1;
const HEADER_BYTES = 16; // u32 version, u32 count, f64 server time
const BYTES_PER_ROW = 4 + 8 + 8 + 8 + 4 + 4 + 1 + 1 + 1;
const NO_FAULT_LEVEL = 255;

export function encodeFleetUpdate(serverTimeMs: number, rows: readonly FleetUpdateRow[]): ArrayBuffer {
  const n = rows.length;
  // 8-byte columns first so every typed array view stays aligned.
  const buffer = new ArrayBuffer(HEADER_BYTES + n * BYTES_PER_ROW + 8);
  const header = new DataView(buffer, 0, HEADER_BYTES);
  header.setUint32(0, VERSION, true);
  header.setUint32(4, n, true);
  header.setFloat64(8, serverTimeMs, true);
  const u = viewColumns(buffer, n);
  rows.forEach((r, i) => {
    u.timeMs[i] = r.timeMs;
    u.latDeg[i] = r.latDeg;
    u.lonDeg[i] = r.lonDeg;
    u.slot[i] = r.slot;
    u.speedMps[i] = r.speedMps;
    u.headingDeg[i] = r.headingDeg;
    u.controlMode[i] = CONTROL_MODES.indexOf(r.controlMode);
    u.faultLevel[i] = r.faultLevel ?? NO_FAULT_LEVEL;
    u.online[i] = r.online ? 1 : 0;
  });
  return buffer;
}

/** Browsers receive an ArrayBuffer; Node's socket.io client a Buffer, possibly at an unaligned offset. */
export function decodeFleetUpdate(frame: ArrayBuffer | ArrayBufferView): FleetUpdate {
  const buffer = ArrayBuffer.isView(frame)
    ? (frame.buffer.slice(frame.byteOffset, frame.byteOffset + frame.byteLength) as ArrayBuffer)
    : frame;
  if (buffer.byteLength < HEADER_BYTES) throw new RangeError('fleet update too short');
  const header = new DataView(buffer, 0, HEADER_BYTES);
  const version = header.getUint32(0, true);
  if (version !== VERSION) throw new RangeError(`unsupported fleet update version ${version}`);
  const n = header.getUint32(4, true);
  if (buffer.byteLength < HEADER_BYTES + n * BYTES_PER_ROW) throw new RangeError('fleet update truncated');
  return { serverTimeMs: header.getFloat64(8, true), ...viewColumns(buffer, n) };
}

export function controlModeAt(update: FleetUpdate, i: number): ControlModeName | undefined {
  return CONTROL_MODES[update.controlMode[i] ?? 255];
}

export function faultLevelAt(update: FleetUpdate, i: number): number | null {
  const level = update.faultLevel[i] ?? NO_FAULT_LEVEL;
  return level === NO_FAULT_LEVEL ? null : level;
}

function viewColumns(buffer: ArrayBuffer, n: number): Omit<FleetUpdate, 'serverTimeMs'> {
  let offset = HEADER_BYTES;
  const take = <T>(make: (b: ArrayBuffer, o: number, len: number) => T, bytes: number): T => {
    const view = make(buffer, offset, n);
    offset += bytes * n;
    return view;
  };
  return {
    timeMs: take((b, o, l) => new Float64Array(b, o, l), 8),
    latDeg: take((b, o, l) => new Float64Array(b, o, l), 8),
    lonDeg: take((b, o, l) => new Float64Array(b, o, l), 8),
    slot: take((b, o, l) => new Uint32Array(b, o, l), 4),
    speedMps: take((b, o, l) => new Float32Array(b, o, l), 4),
    headingDeg: take((b, o, l) => new Float32Array(b, o, l), 4),
    controlMode: take((b, o, l) => new Uint8Array(b, o, l), 1),
    faultLevel: take((b, o, l) => new Uint8Array(b, o, l), 1),
    online: take((b, o, l) => new Uint8Array(b, o, l), 1),
  };
}
