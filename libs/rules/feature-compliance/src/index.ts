export * from './compliance.module.js';
export * from './compliance-runtime.js';
export * from './compliance-settings.js';
