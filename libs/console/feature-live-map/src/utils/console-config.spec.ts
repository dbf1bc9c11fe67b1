import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSOLE_CONFIG, resolveConsoleConfig } from './console-config.js';

describe(resolveConsoleConfig.name, () => {
  it('has no raster tiles by default', () => {
    expect(resolveConsoleConfig()).toEqual(DEFAULT_CONSOLE_CONFIG);
    expect(resolveConsoleConfig(undefined, null, 'x').rasterTileUrl).toBeNull();
  });
  it('lets later sources win and ignores blanks and bad values', () => {
    const c = resolveConsoleConfig(
      { rasterTileUrl: 'http://a/{z}/{x}/{y}.png', rasterTileSize: 300 },
      { rasterTileUrl: ' ', apiBaseUrl: 'http://api/' },
    );
    expect(c.rasterTileUrl).toBe('http://a/{z}/{x}/{y}.png');
    expect(c.rasterTileSize).toBe(256);
    expect(c.apiBaseUrl).toBe('http://api');
  });
});
