/** Optional raster tiles under the offline basemap (the console's deployment setting). */
export type RasterTiles = { url: string; tileSize: number; attribution: string | null };
