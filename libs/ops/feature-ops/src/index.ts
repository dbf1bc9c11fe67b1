export * from './core-tokens.js';
export * from './core.module.js';
export * from './health-registry.js';
export * from './ops.module.js';
export * from './repository-provider.js';
