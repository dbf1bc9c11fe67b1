export * from './map-view.js';
export * from './map-context.js';
export * from './deck-layer-registry.js';
export * from './basemap-layers.js';
export * from './basemap-labels-layer.js';
export * from './raster-tile-layer.js';
export * from './icon-scale.js';
export * from './vehicle-icon-atlas.js';
