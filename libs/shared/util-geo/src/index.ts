export * from './lon-lat.js';
export * from './spherical.js';
export * from './polyline.js';
export * from './bbox.js';
export * from './point-in-polygon.js';
