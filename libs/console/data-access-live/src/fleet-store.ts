import { VEHICLE_CATEGORIES, type VehicleCategory, type VehicleSummary } from '@fleet/fleet-model';
import type { FleetSnapshot, FleetUpdate } from '@fleet/live-events';
import { CONTROL_MODES, type ControlModeName } from '@fleet/telemetry-contract';
import { degreeDistanceSq, lerp, lerpHeading, moveProgress, nextIntervalEstimate } from './motion.js';

/** A vehicle as the snapshot (or `fleet:vehicle`) describes it, with the slot later updates refer to. */
export type SlottedVehicle = VehicleSummary & { slot: number };

/** Everything the console knows about one vehicle right now (registry entry + live columns). */
export type FleetVehicle = SlottedVehicle & {
  hasPosition: boolean;
};

export type ModeCountKey = ControlModeName | 'unknown';

export type FleetCounts = {
  total: number;
  online: number;
  offline: number;
  /** Online vehicles per category. */
  onlineByCategory: Record<VehicleCategory, number>;
  /** Online vehicles per control mode ('unknown' when never reported). */
  onlineByMode: Record<ModeCountKey, number>;
};

export const UNKNOWN_CODE = 255;
const INITIAL_CAPACITY = 1024;
/** Moves longer than this (≈ 1 km) are shown as a jump, not a glide across the map. */
const SNAP_DISTANCE_SQ_DEG = 0.01 * 0.01;
const DEFAULT_INTERVAL_MS = 1000;

type Listener = () => void;

/**
 * The console's live fleet state, kept outside React. Columns are typed arrays indexed by the
 * server's slot, so a binary update is applied without allocating per vehicle and the renderer can
 * interpolate every frame into its own GPU buffers.
 */
export class FleetStore {
  private capacity = 0;
  private slotEnd = 0;
  private vehicles: (SlottedVehicle | undefined)[] = [];
  private readonly bySlotId = new Map<string, number>();

  present = new Uint8Array(0);
  hasPosition = new Uint8Array(0);
  category = new Uint8Array(0);
  mode = new Uint8Array(0);
  fault = new Uint8Array(0);
  online = new Uint8Array(0);
  speedMps = new Float32Array(0);
  sampleTimeMs = new Float64Array(0);
  fromLon = new Float64Array(0);
  fromLat = new Float64Array(0);
  fromHeading = new Float32Array(0);
  toLon = new Float64Array(0);
  toLat = new Float64Array(0);
  toHeading = new Float32Array(0);
  moveStartMs = new Float64Array(0);
  moveDurationMs = new Float32Array(0);

  private intervalMs = DEFAULT_INTERVAL_MS;
  private lastBatchAtMs: number | null = null;
  private updates = 0;
  private unknownRows = 0;
  /** Bumped when vehicles are added or removed or gain their first position (row lists must be rebuilt). */
  private layout = 0;
  /** Bumped on every applied snapshot / update / vehicle (colours, counts and panels may change). */
  private revision = 0;
  private readonly listeners = new Set<Listener>();
  private applyMs = 0;
  private countsCache: { revision: number; counts: FleetCounts } | null = null;

  /** Slots in use are `0 .. slotCount - 1` (some may be empty). */
  get slotCount(): number {
    return this.slotEnd;
  }
  get layoutVersion(): number {
    return this.layout;
  }
  get version(): number {
    return this.revision;
  }
  get updatesReceived(): number {
    return this.updates;
  }
  /** Main-thread milliseconds spent applying update batches (a performance figure for the benchmark). */
  get updateWorkMs(): number {
    return this.applyMs;
  }
  /** Rows of updates that named a slot no snapshot described (a resync is due). */
  get unknownSlotRows(): number {
    return this.unknownRows;
  }
  get vehicleCount(): number {
    return this.bySlotId.size;
  }
  /** Current estimate of the time between update batches. */
  get updateIntervalMs(): number {
    return this.intervalMs;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the whole fleet: nothing animates, every vehicle appears where the snapshot says. */
  applySnapshot(snapshot: FleetSnapshot, nowMs: number): void {
    this.vehicles = [];
    this.bySlotId.clear();
    this.slotEnd = 0;
    this.present.fill(0);
    this.hasPosition.fill(0);
    this.unknownRows = 0;
    this.lastBatchAtMs = null;
    for (const v of snapshot.vehicles) this.put(v, nowMs);
    this.layout++;
    this.changed();
  }

  /** Adds or replaces one vehicle (the server's `fleet:vehicle`). */
  applyVehicle(vehicle: SlottedVehicle, nowMs: number): void {
    this.put(vehicle, nowMs);
    this.layout++;
    this.changed();
  }

  /**
   * Applies one binary batch. Each vehicle glides from where it is drawn now to its new position
   * over the expected interval until the next batch.
   */
  applyUpdate(update: FleetUpdate, nowMs: number): void {
    const startedMs = performance.now();
    if (this.lastBatchAtMs !== null)
      this.intervalMs = nextIntervalEstimate(this.intervalMs, nowMs - this.lastBatchAtMs);
    this.lastBatchAtMs = nowMs;
    let layoutChanged = false;
    const n = update.slot.length;
    for (let i = 0; i < n; i++) {
      const s = update.slot[i] ?? 0;
      if (s >= this.capacity || this.present[s] !== 1) {
        this.unknownRows++;
        continue;
      }
      const t = update.timeMs[i] ?? 0;
      // A sample older than what we show (re-sent history, reordering) must not move the live view back.
      if (this.hasPosition[s] === 1 && t < (this.sampleTimeMs[s] ?? 0)) continue;
      const lon = update.lonDeg[i] ?? 0;
      const lat = update.latDeg[i] ?? 0;
      const heading = update.headingDeg[i] ?? 0;
      if (this.hasPosition[s] === 1) {
        const f = moveProgress(nowMs, this.moveStartMs[s] ?? 0, this.moveDurationMs[s] ?? 0);
        const curLon = lerp(this.fromLon[s] ?? lon, this.toLon[s] ?? lon, f);
        const curLat = lerp(this.fromLat[s] ?? lat, this.toLat[s] ?? lat, f);
        const snap = degreeDistanceSq(curLon, curLat, lon, lat) > SNAP_DISTANCE_SQ_DEG;
        this.fromLon[s] = snap ? lon : curLon;
        this.fromLat[s] = snap ? lat : curLat;
        this.fromHeading[s] = snap
          ? heading
          : lerpHeading(this.fromHeading[s] ?? heading, this.toHeading[s] ?? heading, f);
        this.moveDurationMs[s] = snap ? 0 : this.intervalMs;
      } else {
        this.fromLon[s] = lon;
        this.fromLat[s] = lat;
        this.fromHeading[s] = heading;
        this.moveDurationMs[s] = 0;
        this.hasPosition[s] = 1;
        layoutChanged = true;
      }
      this.toLon[s] = lon;
      this.toLat[s] = lat;
      this.toHeading[s] = heading;
      this.moveStartMs[s] = nowMs;
      this.sampleTimeMs[s] = t;
      this.speedMps[s] = update.speedMps[i] ?? 0;
      this.mode[s] = update.controlMode[i] ?? UNKNOWN_CODE;
      this.fault[s] = update.faultLevel[i] ?? UNKNOWN_CODE;
      this.online[s] = update.online[i] ?? 0;
    }
    this.updates++;
    if (layoutChanged) this.layout++;
    this.changed();
    this.applyMs += performance.now() - startedMs;
  }

  /** Merges fresher registry / extended state (e.g. from REST) without touching the animated position. */
  mergeDetails(summary: VehicleSummary): void {
    const slot = this.bySlotId.get(summary.id);
    if (slot === undefined) return;
    const known = this.vehicles[slot];
    if (!known) return;
    this.vehicles[slot] = { ...summary, slot, state: summary.state ?? known.state };
    this.changed();
  }

  slotOf(id: string): number | undefined {
    return this.bySlotId.get(id);
  }

  /** The vehicle at a slot with its live columns folded into `state`. */
  vehicleAt(slot: number): FleetVehicle | undefined {
    const v = slot < this.capacity && this.present[slot] === 1 ? this.vehicles[slot] : undefined;
    if (!v) return undefined;
    const hasPosition = this.hasPosition[slot] === 1;
    if (!hasPosition) return { ...v, hasPosition };
    const base = v.state;
    const modeCode = this.mode[slot] ?? UNKNOWN_CODE;
    const faultCode = this.fault[slot] ?? UNKNOWN_CODE;
    return {
      ...v,
      hasPosition,
      state: {
        timeMs: this.sampleTimeMs[slot] ?? 0,
        receivedMs: base?.receivedMs ?? 0,
        lonDeg: this.toLon[slot] ?? 0,
        latDeg: this.toLat[slot] ?? 0,
        speedMps: this.speedMps[slot] ?? 0,
        headingDeg: this.toHeading[slot] ?? 0,
        accelMps2: base?.accelMps2 ?? 0,
        controlMode: CONTROL_MODES[modeCode] ?? base?.controlMode ?? 'manual',
        faultLevel: faultCode === UNKNOWN_CODE ? null : faultCode,
        batterySocPct: base?.batterySocPct ?? null,
        odometerKm: base?.odometerKm ?? null,
        safetyOfficerId: base?.safetyOfficerId ?? null,
        passengers: base?.passengers ?? null,
        online: this.online[slot] === 1,
      },
    };
  }

  /** The registered plate of a vehicle, without building its live view (alert rows ask for many at once). */
  plateOf(id: string): string | undefined {
    const slot = this.bySlotId.get(id);
    return slot === undefined ? undefined : this.vehicles[slot]?.plate;
  }

  vehicleById(id: string): FleetVehicle | undefined {
    const slot = this.bySlotId.get(id);
    return slot === undefined ? undefined : this.vehicleAt(slot);
  }

  /** Control mode index (into CONTROL_MODES) at a slot, UNKNOWN_CODE when never reported. */
  modeCodeAt(slot: number): number {
    return this.mode[slot] ?? UNKNOWN_CODE;
  }

  /** Vehicles whose plate, VIN or id contains `query` (case-insensitive); exact matches first. */
  search(query: string, limit = 10): SlottedVehicle[] {
    const q = query.trim().toUpperCase();
    if (!q) return [];
    const exact: SlottedVehicle[] = [];
    const partial: SlottedVehicle[] = [];
    for (const v of this.vehicles) {
      if (!v) continue;
      const fields = [v.plate.toUpperCase(), v.vin.toUpperCase(), v.id.toUpperCase()];
      if (fields.includes(q)) exact.push(v);
      else if (partial.length < limit && fields.some((f) => f.includes(q))) partial.push(v);
      if (exact.length >= limit) break;
    }
    return [...exact, ...partial].slice(0, limit);
  }

  /** Online counts by category and control mode, cached per revision. */
  counts(): FleetCounts {
    if (this.countsCache?.revision === this.revision) return this.countsCache.counts;
    const counts = computeCounts(this);
    this.countsCache = { revision: this.revision, counts };
    return counts;
  }

  /**
   * Slots to draw: registered, with a position, and of a category `showCategory` accepts.
   * Call again whenever `layoutVersion` changes.
   */
  drawableSlots(showCategory: (categoryIndex: number) => boolean): Uint32Array {
    let n = 0;
    const out = new Uint32Array(this.vehicleCount);
    for (let s = 0; s < this.slotEnd; s++) {
      if (this.present[s] === 1 && this.hasPosition[s] === 1 && showCategory(this.category[s] ?? 0)) out[n++] = s;
    }
    return out.subarray(0, n);
  }

  /**
   * Writes the animated state of `rows` at `nowMs`: positions as [Δlon, Δlat, 0] from `origin` (small
   * offsets keep float32 precise to centimetres) and heading as a counter-clockwise angle in degrees.
   * Returns true while any vehicle is still moving.
   */
  writeFrame(
    nowMs: number,
    rows: Uint32Array,
    origin: readonly [number, number],
    positions: Float32Array,
    anglesCcw: Float32Array,
  ): boolean {
    let moving = false;
    const [oLon, oLat] = origin;
    for (let r = 0; r < rows.length; r++) {
      const s = rows[r] ?? 0;
      const f = moveProgress(nowMs, this.moveStartMs[s] ?? 0, this.moveDurationMs[s] ?? 0);
      if (f < 1) moving = true;
      const fl = this.fromLon[s] ?? 0;
      const fa = this.fromLat[s] ?? 0;
      positions[r * 3] = fl + ((this.toLon[s] ?? 0) - fl) * f - oLon;
      positions[r * 3 + 1] = fa + ((this.toLat[s] ?? 0) - fa) * f - oLat;
      positions[r * 3 + 2] = 0;
      anglesCcw[r] = 360 - lerpHeading(this.fromHeading[s] ?? 0, this.toHeading[s] ?? 0, f);
    }
    return moving;
  }

  private put(v: SlottedVehicle, nowMs: number): void {
    const s = v.slot;
    if (!Number.isInteger(s) || s < 0) return;
    this.ensureCapacity(s + 1);
    const previousSlot = this.bySlotId.get(v.id);
    if (previousSlot !== undefined && previousSlot !== s) this.present[previousSlot] = 0;
    const evicted = this.vehicles[s];
    if (evicted && evicted.id !== v.id) this.bySlotId.delete(evicted.id);
    this.vehicles[s] = v;
    this.bySlotId.set(v.id, s);
    this.slotEnd = Math.max(this.slotEnd, s + 1);
    this.present[s] = 1;
    this.category[s] = Math.max(0, VEHICLE_CATEGORIES.indexOf(v.category));
    const st = v.state;
    if (st) {
      this.hasPosition[s] = 1;
      this.fromLon[s] = this.toLon[s] = st.lonDeg;
      this.fromLat[s] = this.toLat[s] = st.latDeg;
      this.fromHeading[s] = this.toHeading[s] = st.headingDeg;
      this.moveStartMs[s] = nowMs;
      this.moveDurationMs[s] = 0;
      this.sampleTimeMs[s] = st.timeMs;
      this.speedMps[s] = st.speedMps;
      this.mode[s] = Math.max(0, CONTROL_MODES.indexOf(st.controlMode));
      this.fault[s] = st.faultLevel ?? UNKNOWN_CODE;
      this.online[s] = st.online ? 1 : 0;
    } else {
      this.hasPosition[s] = 0;
      this.mode[s] = UNKNOWN_CODE;
      this.fault[s] = UNKNOWN_CODE;
      this.online[s] = 0;
      this.speedMps[s] = 0;
      this.sampleTimeMs[s] = 0;
    }
  }

  private ensureCapacity(needed: number): void {
    if (needed <= this.capacity) return;
    let cap = Math.max(INITIAL_CAPACITY, this.capacity);
    while (cap < needed) cap *= 2;
    const grow = <T extends Uint8Array | Float32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.present = grow(this.present, (n) => new Uint8Array(n));
    this.hasPosition = grow(this.hasPosition, (n) => new Uint8Array(n));
    this.category = grow(this.category, (n) => new Uint8Array(n));
    this.mode = grow(this.mode, (n) => new Uint8Array(n));
    this.fault = grow(this.fault, (n) => new Uint8Array(n));
    this.online = grow(this.online, (n) => new Uint8Array(n));
    this.speedMps = grow(this.speedMps, (n) => new Float32Array(n));
    this.sampleTimeMs = grow(this.sampleTimeMs, (n) => new Float64Array(n));
    this.fromLon = grow(this.fromLon, (n) => new Float64Array(n));
    this.fromLat = grow(this.fromLat, (n) => new Float64Array(n));
    this.fromHeading = grow(this.fromHeading, (n) => new Float32Array(n));
    this.toLon = grow(this.toLon, (n) => new Float64Array(n));
    this.toLat = grow(this.toLat, (n) => new Float64Array(n));
    this.toHeading = grow(this.toHeading, (n) => new Float32Array(n));
    this.moveStartMs = grow(this.moveStartMs, (n) => new Float64Array(n));
    this.moveDurationMs = grow(this.moveDurationMs, (n) => new Float32Array(n));
    this.capacity = cap;
  }

  private changed(): void {
    this.revision++;
    for (const l of this.listeners) l();
  }
}

/** Counts online vehicles by category and by control mode from the store's columns. */
export function computeCounts(store: FleetStore): FleetCounts {
  const onlineByCategory = Object.fromEntries(VEHICLE_CATEGORIES.map((c) => [c, 0])) as Record<VehicleCategory, number>;
  const onlineByMode = Object.fromEntries([...CONTROL_MODES, 'unknown'].map((m) => [m, 0])) as Record<
    ModeCountKey,
    number
  >;
  let total = 0;
  let online = 0;
  for (let s = 0; s < store.slotCount; s++) {
    if (store.present[s] !== 1) continue;
    total++;
    if (store.online[s] !== 1) continue;
    online++;
    const category = VEHICLE_CATEGORIES[store.category[s] ?? 0];
    if (category) onlineByCategory[category]++;
    const mode = CONTROL_MODES[store.mode[s] ?? UNKNOWN_CODE] ?? 'unknown';
    onlineByMode[mode]++;
  }
  return { total, online, offline: total - online, onlineByCategory, onlineByMode };
}
