import { VEHICLE_CATEGORIES, type VehicleCategory } from '@fleet/fleet-model';
import { VEHICLE_GLYPH_BOX, VEHICLE_GLYPHS } from '@fleet/console-tokens';

export type IconFrame = { x: number; y: number; width: number; height: number; mask: boolean };

export type VehicleIconAtlas = {
  /** PNG data URL (generated in the browser, so nothing is fetched). */
  url: string;
  mapping: Record<string, IconFrame>;
};

const PAD = 8;
const CELL = VEHICLE_GLYPH_BOX + PAD * 2;
const HALO_STROKE = 12;

export const fillIconName = (c: VehicleCategory) => `fill:${c}`;
export const haloIconName = (c: VehicleCategory) => `halo:${c}`;

/**
 * Rasterises each category's glyph twice into one mask atlas: the glyph itself (tinted by control
 * mode) and a fattened copy drawn underneath as a halo so vehicles stand out on any background.
 */
export function buildVehicleIconAtlas(doc: Document = document): VehicleIconAtlas {
  const canvas = doc.createElement('canvas');
  canvas.width = CELL * VEHICLE_CATEGORIES.length;
  canvas.height = CELL * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available for the vehicle icon atlas');
  const mapping: Record<string, IconFrame> = {};
  VEHICLE_CATEGORIES.forEach((c, i) => {
    const path = new Path2D(VEHICLE_GLYPHS[c]);
    const x = i * CELL;
    ctx.save();
    ctx.translate(x + PAD, PAD);
    ctx.fillStyle = '#000';
    ctx.fill(path);
    ctx.restore();
    mapping[fillIconName(c)] = { x, y: 0, width: CELL, height: CELL, mask: true };
    ctx.save();
    ctx.translate(x + PAD, CELL + PAD);
    ctx.fillStyle = '#000';
    ctx.strokeStyle = '#000';
    ctx.lineWidth = HALO_STROKE;
    ctx.lineJoin = 'round';
    ctx.fill(path);
    ctx.stroke(path);
    ctx.restore();
    mapping[haloIconName(c)] = { x, y: CELL, width: CELL, height: CELL, mask: true };
  });
  return { url: canvas.toDataURL('image/png'), mapping };
}
