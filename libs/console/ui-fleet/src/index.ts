export * from './console-theme.js';
export * from './vehicle-glyph.js';
export * from './connection-indicator.js';
export * from './language-switch.js';
export * from './fleet-counts-bar.js';
export * from './vehicle-search.js';
export * from './map-legend.js';
export * from './vehicle-detail-panel.js';
