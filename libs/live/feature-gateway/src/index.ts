export * from './live-gateway.module.js';
