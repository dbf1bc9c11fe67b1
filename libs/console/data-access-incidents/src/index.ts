export * from './incidents-api.js';
export * from './incident-query.js';
export * from './incidents-guards.js';
