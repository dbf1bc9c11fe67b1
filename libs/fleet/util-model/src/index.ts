export * from './vehicle-category.js';
export * from './vehicle-summary.js';
export * from './vin.js';
export * from './vehicle-event-view.js';
