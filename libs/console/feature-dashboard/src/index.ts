export * from './components/dashboard-page.js';
export * from './components/promotion-page.js';
export * from './components/reports-page.js';
export type { RasterTiles } from './types/raster-tiles.js';
