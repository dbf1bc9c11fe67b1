export * from './components/alert-history-page.js';
export * from './components/alert-panel.js';
export * from './components/permits-page.js';
export * from './utils/alert-steps.js';
