export * from './vehicle-registry.repository.js';
