import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { AREAS, LANDMARKS, type AreaSpec } from './area-data.js';
import {
  BASEMAP_NOTE,
  BASEMAP_SOURCE,
  type BasemapKind,
  type BasemapProperties,
  type RoadKind,
} from './basemap-kind.js';
import { ROADS } from './road-data.js';

/** Centre of the demo pilot zone, [lon, lat] WGS-84. */
export const PILOT_ZONE_CENTER: [number, number] = [121.25, 31.3];

/** Extent of the demo pilot zone, [[minLon, minLat], [maxLon, maxLat]]; every basemap vertex lies inside. */
export const PILOT_ZONE_BOUNDS: [[number, number], [number, number]] = [
  [121.15, 31.2],
  [121.35, 31.4],
];

function feature(
  kind: BasemapKind,
  id: string,
  nameZh: string,
  nameEn: string,
  geometry: Geometry,
): Feature<Geometry, BasemapProperties> {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: { kind, id, name_zh: nameZh, name_en: nameEn, source: BASEMAP_SOURCE },
  };
}

/**
 * The offline basemap of the demo pilot zone (Anting, Jiading new town, the Jiading–Hongqiao corridor).
 * Approximate DEMO geometry: see `note` on the collection. Drawing order: areas, water, roads, landmarks.
 */
export const PILOT_ZONE_BASEMAP: FeatureCollection<Geometry, BasemapProperties> & { source: string; note: string } = {
  type: 'FeatureCollection',
  source: BASEMAP_SOURCE,
  note: BASEMAP_NOTE,
  features: [
    ...AREAS.map((a) => feature(a.kind, a.id, a.nameZh, a.nameEn, a.geometry)),
    ...ROADS.map((r) => feature(r.kind, r.id, r.nameZh, r.nameEn, { type: 'LineString', coordinates: r.coordinates })),
    ...LANDMARKS.map((l) => feature('landmark', l.id, l.nameZh, l.nameEn, l.geometry)),
  ],
};

export type PilotZoneRoad = {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: RoadKind;
  coordinates: [number, number][];
};

/** Roads and expressways of the basemap, as copies that callers may keep. */
export function pilotZoneRoads(): PilotZoneRoad[] {
  return ROADS.map((r) => ({
    id: r.id,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    kind: r.kind,
    coordinates: r.coordinates.map(([lon, lat]) => [lon, lat]),
  }));
}

export type PilotZoneArea = AreaSpec;

/** Test areas and the pilot zone's extent (not water), as copies that callers may keep. */
export function pilotZoneAreas(): PilotZoneArea[] {
  return AREAS.filter((a) => a.kind !== 'water').map((a) => structuredClone(a));
}
