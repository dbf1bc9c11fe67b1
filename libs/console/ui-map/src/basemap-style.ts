import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapKind } from '@fleet/pilot-zone';
import { BASEMAP_COLORS } from '@fleet/console-tokens';

export const BASEMAP_SOURCE_ID = 'pilot-zone';
export const RASTER_SOURCE_ID = 'raster-tiles';

/** A style with nothing but the background: no tile servers, no glyphs, no sprites, so it loads offline. */
export function offlineBaseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'pilot-zone-offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BASEMAP_COLORS.background } }],
  };
}

const kindIs = (kind: BasemapKind): FilterSpecification => ['==', ['get', 'kind'], kind];

/** Line width in pixels growing with zoom (values at z10, z14, z18). */
function widthByZoom(z10: number, z14: number, z18: number): ExpressionSpecification {
  return ['interpolate', ['exponential', 1.6], ['zoom'], 10, z10, 14, z14, 18, z18];
}

/** A rounded line over one kind of road; casings are the same line, wider and darker, drawn first. */
function roadLine(
  id: string,
  kind: 'road' | 'expressway',
  color: string,
  width: ExpressionSpecification,
): LayerSpecification {
  return {
    id,
    type: 'line',
    source: BASEMAP_SOURCE_ID,
    filter: kindIs(kind),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': color, 'line-width': width },
  };
}

/** The vector basemap layers (bottom to top) drawn from the pilot-zone GeoJSON source. */
export function basemapLayers(): LayerSpecification[] {
  const source = BASEMAP_SOURCE_ID;
  const roadWidth = widthByZoom(1, 4, 18);
  const casingWidth = widthByZoom(2, 6, 22);
  const expresswayWidth = widthByZoom(2, 7, 26);
  const expresswayCasingWidth = widthByZoom(3, 9, 30);
  return [
    {
      id: 'pz-test-area-fill',
      type: 'fill',
      source,
      filter: kindIs('test_area'),
      paint: { 'fill-color': BASEMAP_COLORS.testAreaFill, 'fill-opacity': 0.7 },
    },
    {
      id: 'pz-test-area-outline',
      type: 'line',
      source,
      filter: kindIs('test_area'),
      paint: { 'line-color': BASEMAP_COLORS.testAreaOutline, 'line-width': 1.5 },
    },
    {
      id: 'pz-water',
      type: 'fill',
      source,
      filter: kindIs('water'),
      paint: { 'fill-color': BASEMAP_COLORS.water, 'fill-outline-color': BASEMAP_COLORS.waterOutline },
    },
    roadLine('pz-road-casing', 'road', BASEMAP_COLORS.roadCasing, casingWidth),
    roadLine('pz-road', 'road', BASEMAP_COLORS.road, roadWidth),
    roadLine('pz-expressway-casing', 'expressway', BASEMAP_COLORS.expresswayCasing, expresswayCasingWidth),
    roadLine('pz-expressway', 'expressway', BASEMAP_COLORS.expressway, expresswayWidth),
    {
      id: 'pz-zone-boundary',
      type: 'line',
      source,
      filter: kindIs('zone_boundary'),
      paint: {
        'line-color': BASEMAP_COLORS.zoneBoundary,
        'line-width': 2,
        'line-dasharray': [3, 2],
        'line-opacity': 0.8,
      },
    },
    {
      id: 'pz-landmark',
      type: 'circle',
      source,
      filter: kindIs('landmark'),
      paint: {
        'circle-color': BASEMAP_COLORS.landmark,
        'circle-radius': 3.5,
        'circle-stroke-color': BASEMAP_COLORS.labelHalo,
        'circle-stroke-width': 1.5,
      },
    },
  ];
}
