export * from './chart-colors.js';
export * from './color-tokens.js';
export * from './vehicle-glyphs.js';
