import type { VehicleCategory } from '@fleet/fleet-model';

/** Size of the square box every vehicle glyph is drawn in; glyphs point north (up). */
export const VEHICLE_GLYPH_BOX = 64;

/**
 * SVG path data (in a 64×64 box, nose up) of each category's glyph. The legend draws them as SVG
 * and the map rasterises the same paths into its icon atlas, so the two always match.
 */
export const VEHICLE_GLYPHS: Readonly<Record<VehicleCategory, string>> = {
  l2_car: 'M32 4 L54 58 L32 46 L10 58 Z',
  l3_car: 'M32 4 L52 36 L41 36 L41 60 L23 60 L23 36 L12 36 Z',
  robotaxi: 'M32 4 L47 19 L47 60 L17 60 L17 19 Z',
  smart_bus: 'M32 2 L43 12 L43 62 L21 62 L21 12 Z',
  minibus: 'M32 6 L43 22 A17 17 0 1 1 21 22 Z',
  delivery: 'M32 10 L48 26 L48 54 L16 54 L16 26 Z',
  sweeper: 'M32 6 L52 24 L52 50 L42 58 L22 58 L12 50 L12 24 Z',
  truck: 'M32 2 L45 12 L45 22 L40 22 L40 62 L24 62 L24 22 L19 22 L19 12 Z',
  avp: 'M32 4 L56 30 L45 30 L45 58 L19 58 L19 30 L8 30 Z',
};
