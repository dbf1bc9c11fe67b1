import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';

/** An approved area (polygon) or road corridor (a centre line and a total width). */
export type Zone =
  | { id: string; nameZh: string; nameEn: string; geometry: Polygon | MultiPolygon; corridorWidthM: null }
  | { id: string; nameZh: string; nameEn: string; geometry: LineString; corridorWidthM: number };

export type ZoneProperties = { id: string; name_zh: string; name_en: string; corridor_width_m: number | null };
export type ZoneFeature = Feature<Polygon | MultiPolygon | LineString, ZoneProperties>;
export type ZoneFeatureCollection = FeatureCollection<Polygon | MultiPolygon | LineString, ZoneProperties>;

export function zoneToFeature(zone: Zone): ZoneFeature {
  return {
    type: 'Feature',
    id: zone.id,
    geometry: zone.geometry,
    properties: { id: zone.id, name_zh: zone.nameZh, name_en: zone.nameEn, corridor_width_m: zone.corridorWidthM },
  };
}

export function zonesToFeatureCollection(zones: Zone[]): ZoneFeatureCollection {
  return { type: 'FeatureCollection', features: zones.map(zoneToFeature) };
}
