export * from './permit.repository.js';
export * from './safety-officer.repository.js';
export * from './zone.repository.js';
