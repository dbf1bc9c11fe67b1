/** Run-time settings of the console, read once by the app from `window.__FLEET_CONSOLE_CONFIG__` and build env. */
export type ConsoleConfig = {
  /** Optional XYZ raster tiles under the vector basemap, e.g. an intranet Tianditu mirror (WGS-84/CGCS2000). None by default. */
  rasterTileUrl: string | null;
  rasterTileSize: number;
  rasterAttribution: string | null;
  /** API origin; empty = same origin (the API serves the console). */
  apiBaseUrl: string;
};

export const DEFAULT_CONSOLE_CONFIG: ConsoleConfig = {
  rasterTileUrl: null,
  rasterTileSize: 256,
  rasterAttribution: null,
  apiBaseUrl: '',
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Merges partial settings (unknown shape: they come from a hand-edited script) over the defaults. */
export function resolveConsoleConfig(...sources: unknown[]): ConsoleConfig {
  const config: ConsoleConfig = { ...DEFAULT_CONSOLE_CONFIG };
  for (const source of sources) {
    if (typeof source !== 'object' || source === null) continue;
    const s = source as Record<string, unknown>;
    const url = str(s['rasterTileUrl']);
    if (url) config.rasterTileUrl = url;
    const size = s['rasterTileSize'];
    if (typeof size === 'number' && (size === 256 || size === 512)) config.rasterTileSize = size;
    const attribution = str(s['rasterAttribution']);
    if (attribution) config.rasterAttribution = attribution;
    const api = str(s['apiBaseUrl']);
    if (api) config.apiBaseUrl = api.replace(/\/+$/, '');
  }
  return config;
}
