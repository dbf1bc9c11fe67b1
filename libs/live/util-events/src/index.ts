export * from './live-event-map.js';
export * from './fleet-update-codec.js';
