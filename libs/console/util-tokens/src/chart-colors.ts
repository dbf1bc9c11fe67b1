import { PALETTE, type Rgba } from './color-tokens.js';

/** Series colours of the dashboard's charts, in order (one per enterprise, initiator…); they repeat after the last. */
export const CHART_SERIES_COLORS = [
  '#1668dc',
  '#16a34a',
  '#d97706',
  '#9333ea',
  '#0891b2',
  '#dc2626',
  '#65a30d',
  '#db2777',
  '#475569',
  '#ca8a04',
] as const;

/** Colours of fixed meanings in the charts. */
export const CHART_COLORS = {
  alerts: PALETTE.warning,
  incidents: PALETTE.danger,
  online: PALETTE.brand,
  axis: PALETTE.inkMuted,
  gridLine: PALETTE.border,
} as const;

/**
 * The coverage heat map's ramp from little to much autonomous driving (light yellow → orange → dark red), as
 * deck.gl colours; the cells are translucent so roads stay readable beneath.
 */
export const COVERAGE_RAMP: readonly Rgba[] = [
  [255, 237, 160, 150],
  [254, 178, 76, 170],
  [253, 141, 60, 185],
  [240, 59, 32, 200],
  [189, 0, 38, 215],
];
