export * from './alert.repository.js';
