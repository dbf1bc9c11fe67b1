export * from './incident.js';
export * from './evidence.js';
export * from './canonical-evidence.js';
export * from './evidence-csv.js';
export * from './deadlines.js';
export * from './verify-package.js';
