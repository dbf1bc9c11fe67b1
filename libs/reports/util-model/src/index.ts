export * from './dashboard.js';
export * from './periodic-report.js';
export * from './promotion.js';
export * from './report-meta.js';
export * from './vehicle-stats.js';
