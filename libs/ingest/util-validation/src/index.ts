export * from './reject-reason.js';
export * from './validation-limits.js';
export * from './validated-message.js';
export * from './validate-telemetry.js';
export * from './validate-event.js';
