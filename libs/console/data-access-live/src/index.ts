export * from './fleet-store.js';
export * from './motion.js';
export * from './live-connection.js';
export * from './vehicle-api.js';
export * from './live-auth-recovery.js';
export * from './alert-store.js';
