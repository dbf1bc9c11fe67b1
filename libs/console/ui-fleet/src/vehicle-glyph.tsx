import type { VehicleCategory } from '@fleet/fleet-model';
import { PALETTE, VEHICLE_GLYPH_BOX, VEHICLE_GLYPHS } from '@fleet/console-tokens';

export type VehicleGlyphProps = { category: VehicleCategory; color: string; size?: number; title?: string };

/** The category's map glyph as SVG (same path as the map icon atlas). */
export function VehicleGlyph({ category, color, size = 18, title }: VehicleGlyphProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${VEHICLE_GLYPH_BOX} ${VEHICLE_GLYPH_BOX}`}
      role="img"
      aria-label={title}
    >
      <path d={VEHICLE_GLYPHS[category]} fill={color} stroke={PALETTE.ink} strokeWidth={3} strokeLinejoin="round" />
    </svg>
  );
}
