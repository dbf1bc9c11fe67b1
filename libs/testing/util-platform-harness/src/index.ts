// The real platform and real servers for integration, fault and benchmark runs: processes on loopback ports,
// started and stopped by the tests themselves (no mocks of the broker, the database or Redis).
export * from './external-servers.js';
export * from './platform-clients.js';
export * from './platform-process.js';
export * from './prometheus-text.js';
