export * from './permit.js';
export * from './safety-officer.js';
export * from './zone.js';
