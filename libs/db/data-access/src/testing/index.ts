export * from './migrated-test-database.js';
