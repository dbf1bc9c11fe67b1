export * from './incidents.module.js';
export * from './incident-capture.module.js';
export * from './incident-runtime.js';
export * from './incident-settings.js';
export * from './incident-triggers.js';
