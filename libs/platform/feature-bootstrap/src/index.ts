export * from './create-core.js';
export * from './create-http-app.js';
export * from './embedded-parts.js';
export * from './seed-demo-fleet.js';
export * from './ingest-settings-from-config.js';
export * from './run-service.js';
export * from './broker-authenticator.js';
