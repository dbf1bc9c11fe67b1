export * from './fleet-store.js';
export * from './motion.js';
export * from './live-connection.js';
export * from './vehicle-api.js';
