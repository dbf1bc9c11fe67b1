import { useEffect, useMemo } from 'react';
import { COORDINATE_SYSTEM, type Layer } from '@deck.gl/core';
import { IconLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { buildVehicleIconAtlas, fillIconName, haloIconName, iconScaleForZoom, useMapHandle } from '@fleet/console-map';
import { CONTROL_MODE_COLORS, PALETTE, hexToRgba, type Rgba } from '@fleet/console-tokens';
import { PILOT_ZONE_CENTER } from '@fleet/pilot-zone';
import { CONTROL_MODES } from '@fleet/telemetry-contract';
import type { ReplayPlayer } from '../state/replay-player.js';
import { valueRuns } from '../utils/chart-picks.js';

export type ReplayMapLayersProps = { player: ReplayPlayer };

type Path = { path: [number, number][]; color: Rgba };
type Plate = { text: string; position: [number, number] };

const TRACKS_KEY = 'replay-tracks';
const VEHICLES_KEY = 'replay-vehicles';
const ICON_PX = 28;
const ORIGIN: [number, number, number] = [PILOT_ZONE_CENTER[0], PILOT_ZONE_CENTER[1], 0];
const MODE_RGBA = CONTROL_MODES.map((m) => hexToRgba(CONTROL_MODE_COLORS[m]));
const HALO = hexToRgba(PALETTE.vehicleOutline);
const FOLLOW_RING = hexToRgba(PALETTE.selection);
const MARKER = hexToRgba(PALETTE.warning);
const SEVERE_MARKER = hexToRgba(PALETTE.danger);
const TRACK_ALPHA = 170;

/** Each vehicle's track as runs of one control mode, so the line shows where it drove itself. */
function trackPaths(player: ReplayPlayer): Path[] {
  return player.data.vehicles.flatMap(({ track }) =>
    valueRuns(track.mode).map(([start, end, mode]) => {
      const path: [number, number][] = [];
      // Each run starts at the last point of the previous one, so the line has no breaks.
      for (let i = Math.max(0, start - 1); i < end; i++) path.push([track.lonDeg[i] ?? 0, track.latDeg[i] ?? 0]);
      const [r, g, b] = MODE_RGBA[mode] ?? MODE_RGBA[0] ?? [0, 0, 0];
      return { path, color: [r, g, b, TRACK_ALPHA] as const };
    }),
  );
}

/** Fits the map to every track (and marker) of the replay. */
function fitTracks(player: ReplayPlayer, fit: (bounds: [[number, number], [number, number]]) => void): void {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon: number, lat: number) => {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  };
  for (const { track } of player.data.vehicles) track.lonDeg.forEach((lon, i) => add(lon, track.latDeg[i] ?? 0));
  for (const m of player.data.markers) if (m.position) add(m.position[0], m.position[1]);
  if (Number.isFinite(w))
    fit([
      [w, s],
      [e, n],
    ]);
}

/**
 * The replay on the map: tracks coloured by control mode, event and alert markers where they happened, and the
 * vehicles with the live map's icons, moved every animation frame from the player's samples (never through React
 * state). The camera follows the followed vehicle. Renders nothing.
 */
export function ReplayMapLayers({ player }: ReplayMapLayersProps) {
  const { map, deck } = useMapHandle();
  const atlas = useMemo(() => buildVehicleIconAtlas(), []);

  useEffect(() => {
    const markers = player.data.markers.filter((m) => m.position !== null);
    deck.set(TRACKS_KEY, 50, [
      new PathLayer<Path>({
        id: 'replay-track',
        data: trackPaths(player),
        getPath: (d) => d.path,
        getColor: (d) => d.color,
        getWidth: 4,
        widthUnits: 'pixels',
        capRounded: true,
        jointRounded: true,
      }),
      new ScatterplotLayer<(typeof markers)[number]>({
        id: 'replay-markers',
        data: markers,
        getPosition: (m) => [m.position?.[0] ?? 0, m.position?.[1] ?? 0],
        getFillColor: (m) => (m.severe ? SEVERE_MARKER : MARKER),
        getLineColor: HALO,
        stroked: true,
        lineWidthUnits: 'pixels',
        getLineWidth: 2,
        radiusUnits: 'pixels',
        getRadius: (m) => (m.severe ? 8 : 5),
      }),
    ]);
    fitTracks(player, (bounds) => map.fitBounds(bounds, { padding: 60, maxZoom: 17, duration: 0 }));
    return () => deck.remove(TRACKS_KEY);
  }, [map, deck, player]);

  useEffect(() => {
    const vehicles = player.data.vehicles;
    const n = vehicles.length;
    const positions = new Float32Array(n * 3);
    const angles = new Float32Array(n);
    const colors = new Uint8Array(n * 4);
    const common = { coordinateSystem: COORDINATE_SYSTEM.LNGLAT_OFFSETS, coordinateOrigin: ORIGIN } as const;
    let frameNo = 0;

    const draw = () => {
      frameNo++;
      let followRow = -1;
      const plates: Plate[] = [];
      vehicles.forEach((v, i) => {
        const s = player.samples[i];
        const present = s?.present ?? false;
        positions[i * 3] = present ? (s?.lonDeg ?? 0) - ORIGIN[0] : 0;
        positions[i * 3 + 1] = present ? (s?.latDeg ?? 0) - ORIGIN[1] : 0;
        // deck.gl turns icons counter-clockwise; headings run clockwise from north.
        angles[i] = -(s?.headingDeg ?? 0);
        const [r, g, b] = MODE_RGBA[s?.mode ?? 0] ?? [0, 0, 0];
        colors.set([r, g, b, present ? 255 : 0], i * 4);
        if (present && s) plates.push({ text: v.plate, position: [s.lonDeg, s.latDeg] });
        if (v.id === player.followId && present) followRow = i;
      });
      const triggers = { getPosition: frameNo, getAngle: frameNo, getColor: frameNo };
      const scale = iconScaleForZoom(map.getZoom());
      const iconData = {
        length: n,
        attributes: {
          getPosition: { value: positions, size: 3 },
          getAngle: { value: angles, size: 1 },
        },
      };
      const layers: Layer[] = [
        new IconLayer({
          ...common,
          id: 'replay-vehicle-halo',
          data: iconData,
          iconAtlas: atlas.url,
          iconMapping: atlas.mapping,
          getIcon: (_: unknown, { index }: { index: number }) => haloIconName(vehicles[index]?.category ?? 'l2_car'),
          getColor: (_: unknown, { index }: { index: number }) => (colors[index * 4 + 3] === 0 ? [0, 0, 0, 0] : HALO),
          getSize: ICON_PX,
          sizeScale: scale,
          sizeUnits: 'pixels',
          billboard: false,
          updateTriggers: triggers,
        }),
        new IconLayer({
          ...common,
          id: 'replay-vehicle-fill',
          data: {
            ...iconData,
            attributes: { ...iconData.attributes, getColor: { value: colors, size: 4, normalized: true } },
          },
          iconAtlas: atlas.url,
          iconMapping: atlas.mapping,
          getIcon: (_: unknown, { index }: { index: number }) => fillIconName(vehicles[index]?.category ?? 'l2_car'),
          getSize: ICON_PX,
          sizeScale: scale,
          sizeUnits: 'pixels',
          billboard: false,
          updateTriggers: triggers,
        }),
        new TextLayer<Plate>({
          id: 'replay-vehicle-plate',
          data: plates,
          getText: (d) => d.text,
          getPosition: (d) => d.position,
          characterSet: 'auto',
          getSize: 12,
          getColor: hexToRgba(PALETTE.ink),
          getPixelOffset: [0, -ICON_PX * 0.9],
          outlineWidth: 2,
          outlineColor: HALO,
          fontSettings: { sdf: true },
        }),
      ];
      if (followRow >= 0) {
        layers.push(
          new ScatterplotLayer({
            ...common,
            id: 'replay-follow-ring',
            data: {
              length: 1,
              attributes: { getPosition: { value: positions.subarray(followRow * 3, followRow * 3 + 3), size: 3 } },
            },
            stroked: true,
            filled: false,
            radiusUnits: 'pixels',
            getRadius: ICON_PX * 0.9,
            lineWidthUnits: 'pixels',
            getLineWidth: 2.5,
            getLineColor: FOLLOW_RING,
            updateTriggers: triggers,
          }),
        );
        const s = player.samples[followRow];
        // Follow only while the user is not moving the map by hand.
        if (s && !map.isMoving()) map.jumpTo({ center: [s.lonDeg, s.latDeg] });
      }
      deck.set(VEHICLES_KEY, 100, layers, true);
    };

    const unsubscribe = player.onFrame(draw);
    const redraw = () => draw();
    map.on('zoom', redraw);
    return () => {
      unsubscribe();
      map.off('zoom', redraw);
      deck.remove(VEHICLES_KEY);
    };
  }, [map, deck, player, atlas]);

  return null;
}
