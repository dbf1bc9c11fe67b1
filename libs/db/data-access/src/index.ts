export * from './create-pool.js';
export * from './database-capabilities.js';
export * from './migrate.js';
export * from './queryable.js';
export * from './timescale-jobs.js';
export * from './embedded/start-embedded-database.js';
export * from './chunk-by-bytes.js';
