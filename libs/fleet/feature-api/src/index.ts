export * from './fleet-api.module.js';
