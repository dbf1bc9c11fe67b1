export * from './registry.module.js';
export * from './permit.service.js';
