import { useEffect, useMemo, useRef } from 'react';
import { COORDINATE_SYSTEM, type Layer, type PickingInfo } from '@deck.gl/core';
import { IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import { VEHICLE_CATEGORIES, type VehicleCategory } from '@fleet/fleet-model';
import { PILOT_ZONE_CENTER } from '@fleet/pilot-zone';
import { FAULT_RING_COLOR, PALETTE, hexToRgba } from '@fleet/console-tokens';
import type { FleetStore } from '@fleet/console-live';
import { buildVehicleIconAtlas, fillIconName, haloIconName, iconScaleForZoom, useMapHandle } from '@fleet/console-map';
import type { RenderStats } from '../state/console-runtime.js';
import { writeVehicleColors } from '../utils/vehicle-colors.js';

export type VehiclesLayerProps = {
  store: FleetStore;
  stats: RenderStats;
  hiddenCategories: ReadonlySet<VehicleCategory>;
  selectedId: string | null;
  onPick: (vehicleId: string) => void;
};

type Attr = { value: Float32Array | Uint8Array; size: number; normalized?: boolean };
type BinaryData = { length: number; attributes: Record<string, Attr> };

const KEY = 'vehicles';
const ORDER = 100;
const ICON_PX = 26;
const ORIGIN: [number, number, number] = [PILOT_ZONE_CENTER[0], PILOT_ZONE_CENTER[1], 0];
const HALO = hexToRgba(PALETTE.vehicleOutline);
const SELECTION = hexToRgba(PALETTE.selection);
const FAULT_RING = hexToRgba(FAULT_RING_COLOR);
/** When frames take longer than this (slow GPU, software rendering), leave the main thread a gap so socket updates and the UI keep flowing. */
const SLOW_FRAME_MS = 80;

/**
 * Every vehicle as a rotated category glyph coloured by control mode, with a halo and a red ring for
 * level-3 faults. Positions never pass through React: each animation frame interpolates the store's
 * columns into typed arrays handed to deck.gl as binary attributes. Renders nothing.
 */
export function VehiclesLayer({ store, stats, hiddenCategories, selectedId, onPick }: VehiclesLayerProps) {
  const { map, deck } = useMapHandle();
  const atlas = useMemo(() => buildVehicleIconAtlas(), []);
  const props = useRef({ hiddenCategories, selectedId, onPick });
  props.current = { hiddenCategories, selectedId, onPick };
  const kickRef = useRef<(structural: boolean) => void>(() => undefined);

  useEffect(() => {
    let raf = 0;
    let frameNo = 0;
    let layoutSeen = -1;
    let revisionSeen = -1;
    let filterSeen: ReadonlySet<VehicleCategory> | null = null;
    let rows: Uint32Array = new Uint32Array(0);
    let positions = new Float32Array(0);
    let angles = new Float32Array(0);
    let fill = new Uint8Array(0);
    let ring = new Uint8Array(0);
    /** Rows with a level-3 fault: only these get a ring, so the ring layer stays tiny. */
    let faultRows: number[] = [];
    let ringPositions = new Float32Array(0);
    let haloData: BinaryData = { length: 0, attributes: {} };
    let fillData: BinaryData = { length: 0, attributes: {} };
    let ringData: BinaryData = { length: 0, attributes: {} };
    let layoutKey = 0;

    const rebuildRows = () => {
      const hidden = props.current.hiddenCategories;
      rows = store.drawableSlots((c) => {
        const category = VEHICLE_CATEGORIES[c];
        return category === undefined || !hidden.has(category);
      });
      const n = rows.length;
      positions = new Float32Array(n * 3);
      angles = new Float32Array(n);
      fill = new Uint8Array(n * 4);
      ring = new Uint8Array(n * 4);
      haloData = { length: n, attributes: {} };
      fillData = { length: n, attributes: {} };
      ringData = { length: n, attributes: {} };
      layoutKey++;
      revisionSeen = -1;
    };

    const slotAtRow = (index: number): number | undefined =>
      index >= 0 && index < rows.length ? rows[index] : undefined;
    const iconOf = (index: number, name: (c: VehicleCategory) => string) => {
      const slot = slotAtRow(index);
      return name(VEHICLE_CATEGORIES[slot === undefined ? 0 : (store.category[slot] ?? 0)] ?? 'l2_car');
    };

    let requestedAt = 0;
    /** How long the browser took to give us the last frame after we asked (high when the GPU is the bottleneck). */
    let frameLatencyMs = 0;
    const render = () => {
      raf = 0;
      const now = performance.now();
      frameLatencyMs = Math.min(1000, now - requestedAt);
      if (store.layoutVersion !== layoutSeen || props.current.hiddenCategories !== filterSeen) {
        layoutSeen = store.layoutVersion;
        filterSeen = props.current.hiddenCategories;
        rebuildRows();
      }
      if (store.version !== revisionSeen) {
        revisionSeen = store.version;
        writeVehicleColors(rows, store, fill, ring);
        fillData.attributes['getColor'] = { value: fill, size: 4, normalized: true };
        faultRows = [];
        for (let r = 0; r < rows.length; r++) if (ring[r * 4 + 3] !== 0) faultRows.push(r);
        ringPositions = new Float32Array(faultRows.length * 3);
        ringData = { length: faultRows.length, attributes: {} };
      }
      const moving = store.writeFrame(now, rows, PILOT_ZONE_CENTER, positions, angles);
      frameNo++;
      faultRows.forEach((row, i) => ringPositions.set(positions.subarray(row * 3, row * 3 + 3), i * 3));
      ringData.attributes['getPosition'] = { value: ringPositions, size: 3 };
      for (const data of [haloData, fillData]) data.attributes['getPosition'] = { value: positions, size: 3 };
      for (const data of [haloData, fillData]) data.attributes['getAngle'] = { value: angles, size: 1 };
      const frameTriggers = { getPosition: frameNo, getAngle: frameNo };

      const selectedSlot = props.current.selectedId === null ? undefined : store.slotOf(props.current.selectedId);
      const selectedRow = selectedSlot === undefined ? -1 : rows.indexOf(selectedSlot);
      const common = { coordinateSystem: COORDINATE_SYSTEM.LNGLAT_OFFSETS, coordinateOrigin: ORIGIN } as const;
      const scale = iconScaleForZoom(map.getZoom());

      const layers: Layer[] = [
        new ScatterplotLayer({
          ...common,
          id: 'vehicle-fault-ring',
          data: ringData,
          stroked: true,
          filled: false,
          radiusUnits: 'pixels',
          getRadius: ICON_PX * 0.75,
          radiusScale: scale,
          lineWidthUnits: 'pixels',
          getLineWidth: 3,
          getLineColor: FAULT_RING,
          updateTriggers: frameTriggers,
        }),
        new IconLayer({
          ...common,
          id: 'vehicle-halo',
          data: haloData,
          iconAtlas: atlas.url,
          iconMapping: atlas.mapping,
          getIcon: (_: unknown, { index }: { index: number }) => iconOf(index, haloIconName),
          getColor: HALO,
          getSize: ICON_PX,
          sizeScale: scale,
          sizeUnits: 'pixels',
          billboard: false,
          updateTriggers: { ...frameTriggers, getIcon: layoutKey },
        }),
        new IconLayer({
          ...common,
          id: 'vehicle-fill',
          data: fillData,
          iconAtlas: atlas.url,
          iconMapping: atlas.mapping,
          getIcon: (_: unknown, { index }: { index: number }) => iconOf(index, fillIconName),
          getSize: ICON_PX,
          sizeScale: scale,
          sizeUnits: 'pixels',
          billboard: false,
          pickable: true,
          autoHighlight: true,
          onClick: (info: PickingInfo) => {
            const slot = slotAtRow(info.index);
            const v = slot === undefined ? undefined : store.vehicleAt(slot);
            if (v) props.current.onPick(v.id);
            return true;
          },
          updateTriggers: { ...frameTriggers, getIcon: layoutKey },
        }),
      ];
      if (selectedRow >= 0) {
        layers.push(
          new ScatterplotLayer({
            ...common,
            id: 'vehicle-selection',
            data: {
              length: 1,
              attributes: { getPosition: { value: positions.subarray(selectedRow * 3, selectedRow * 3 + 3), size: 3 } },
            },
            stroked: true,
            filled: false,
            radiusUnits: 'pixels',
            getRadius: ICON_PX * 0.9,
            radiusScale: Math.max(scale, 0.7),
            lineWidthUnits: 'pixels',
            getLineWidth: 2.5,
            getLineColor: SELECTION,
          }),
        );
      }
      deck.set(KEY, ORDER, layers, true);
      stats.renderedCount = rows.length;
      stats.frames++;
      stats.frameWorkMs += performance.now() - now;
      if (moving) kick();
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const request = () => {
      requestedAt = performance.now();
      raf = requestAnimationFrame(render);
    };
    const kick = () => {
      if (raf !== 0 || timer !== undefined) return;
      // The last frame came late (GPU-bound): wait as long again, so socket updates and the UI keep flowing.
      if (frameLatencyMs > SLOW_FRAME_MS) {
        timer = setTimeout(() => {
          timer = undefined;
          request();
        }, frameLatencyMs);
      } else request();
    };
    kickRef.current = kick;
    const unsubscribe = store.subscribe(kick);
    map.on('zoom', kick);
    kick();
    return () => {
      unsubscribe();
      map.off('zoom', kick);
      if (raf !== 0) cancelAnimationFrame(raf);
      if (timer !== undefined) clearTimeout(timer);
      kickRef.current = () => undefined;
      deck.remove(KEY);
      stats.renderedCount = 0;
    };
  }, [map, deck, store, stats, atlas]);

  useEffect(() => {
    kickRef.current(true);
  }, [hiddenCategories, selectedId]);

  return null;
}
