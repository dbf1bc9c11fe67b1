import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PILOT_ZONE_CENTER } from '@fleet/pilot-zone';
import { ZONE_COLORS, ZONE_OPACITY } from '@fleet/console-tokens';

export const ZONES_SOURCE_ID = 'permit-zones';

/** Web-Mercator ground resolution of maplibre's 512-px tiles at zoom 0 on the equator, in metres per pixel. */
const EQUATOR_M_PER_PX_Z0 = 40_075_016.686 / 512;

/** Pixels one metre takes on screen at `zoom` and latitude `latDeg`. */
export function pixelsPerMetre(zoom: number, latDeg: number): number {
  return 2 ** zoom / (EQUATOR_M_PER_PX_Z0 * Math.cos((latDeg * Math.PI) / 180));
}

const ZOOM_STOPS = [9, 20] as const;
const LAT = PILOT_ZONE_CENTER[1];

/**
 * A corridor's line width in pixels that covers its `corridor_width_m` on the ground at every zoom: pixels per
 * metre double with each zoom level, which an exponential-2 interpolation between two stops reproduces exactly.
 */
export function corridorWidthExpression(): ExpressionSpecification {
  const width: ExpressionSpecification = ['coalesce', ['get', 'corridor_width_m'], 0];
  const [low, high] = ZOOM_STOPS;
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    low,
    ['*', width, pixelsPerMetre(low, LAT)],
    high,
    ['*', width, pixelsPerMetre(high, LAT)],
  ];
}

const isArea: FilterSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isCorridor: FilterSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];

/** Permit zones, bottom to top: area fills, area outlines, corridor bands (all above the basemap roads). */
export function zoneLayers(): LayerSpecification[] {
  const source = ZONES_SOURCE_ID;
  return [
    {
      id: 'zone-area-fill',
      type: 'fill',
      source,
      filter: isArea,
      paint: { 'fill-color': ZONE_COLORS.area, 'fill-opacity': ZONE_OPACITY.areaFill },
    },
    {
      id: 'zone-area-outline',
      type: 'line',
      source,
      filter: isArea,
      paint: { 'line-color': ZONE_COLORS.area, 'line-width': 1.5, 'line-opacity': ZONE_OPACITY.areaOutline },
    },
    {
      id: 'zone-corridor',
      type: 'line',
      source,
      filter: isCorridor,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ZONE_COLORS.corridor,
        'line-opacity': ZONE_OPACITY.corridor,
        'line-width': corridorWidthExpression(),
      },
    },
  ];
}
