export * from './synthetic-drive.js';
