export * from './components/registry-page.js';
export * from './utils/registry-access.js';
