export * from './api-error.js';
export * from './api-exception.filter.js';
export * from './zod-validation.pipe.js';
export * from './query-schemas.js';
