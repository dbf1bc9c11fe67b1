import type { Severity } from '@fleet/rules';
import type { ControlModeName } from '@fleet/telemetry-contract';

/** An RGBA colour as deck.gl takes it: 0–255 per channel. */
export type Rgba = readonly [number, number, number, number];

/**
 * The console's palette. Every colour the console shows comes from here: antd theme tokens,
 * maplibre paint properties and deck.gl attributes all read these values.
 */
export const PALETTE = {
  brand: '#1668dc',
  ink: '#1f2937',
  inkMuted: '#6b7280',
  surface: '#ffffff',
  surfaceMuted: '#f5f7fa',
  border: '#d9dee7',
  success: '#16a34a',
  warning: '#d97706',
  danger: '#dc2626',
  offline: '#9ca3af',
  vehicleOutline: '#ffffff',
  selection: '#111827',
} as const;

/** Colours of the offline basemap. */
export const BASEMAP_COLORS = {
  background: '#eef1f5',
  water: '#b8d4ea',
  waterOutline: '#93bcdc',
  testAreaFill: '#dcefdc',
  testAreaOutline: '#7fb77f',
  road: '#ffffff',
  roadCasing: '#c7ced9',
  expressway: '#f6c56b',
  expresswayCasing: '#d99a2b',
  zoneBoundary: '#1668dc',
  landmark: '#4b5563',
  labelText: '#374151',
  labelHalo: '#ffffff',
} as const;

/** Permit zones drawn over the basemap: approved areas (a translucent fill) and road corridors (a band). */
export const ZONE_COLORS = {
  area: '#7c3aed',
  corridor: '#7c3aed',
} as const;

/** How opaque the zones are drawn, so roads and vehicles stay readable beneath and above them. */
export const ZONE_OPACITY = { areaFill: 0.04, areaOutline: 0.6, corridor: 0.16 } as const;

/** Alert severity colours: badges, tags and list markers. */
export const ALERT_SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  info: '#0891b2',
  warning: PALETTE.warning,
  critical: PALETTE.danger,
};

/** Vehicle colour by control mode (domain.md: manual / assisted / automated / remote / minimal risk). */
export const CONTROL_MODE_COLORS: Readonly<Record<ControlModeName, string>> = {
  manual: '#2563eb',
  assisted: '#0891b2',
  automated: '#16a34a',
  remote: '#9333ea',
  minimal_risk: '#ea580c',
};

/** Vehicle colour when the control mode has not been reported yet. */
export const UNKNOWN_MODE_COLOR = '#64748b';

/** Ring drawn around a vehicle with a GB/T 32960 level-3 fault. */
export const FAULT_RING_COLOR = PALETTE.danger;

/** Parses `#rrggbb` into an RGBA tuple. */
export function hexToRgba(hex: string, alpha = 255): Rgba {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16), alpha];
}
