export * from './api-error.js';
export * from './api-exception.filter.js';
export * from './zod-validation.pipe.js';
