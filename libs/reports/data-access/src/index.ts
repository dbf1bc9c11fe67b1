export * from './report-figures.repository.js';
export * from './report-raw.repository.js';
export * from './report-settings.js';
export * from './report-time.js';
export * from './reports-refresher.js';
