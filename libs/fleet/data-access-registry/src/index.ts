export * from './vehicle-registry.repository.js';
export * from './enterprise.repository.js';
