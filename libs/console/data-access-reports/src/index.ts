export * from './report-query.js';
export * from './reports-api.js';
