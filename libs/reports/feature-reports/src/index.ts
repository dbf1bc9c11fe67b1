export * from './csv.js';
export * from './promotion.service.js';
export * from './report-exports.js';
export * from './reports.module.js';
export * from './reports.service.js';
