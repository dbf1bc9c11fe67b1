export * from './components/console-app.js';
export * from './components/live-map-page.js';
export * from './components/login-page.js';
export * from './utils/console-config.js';
export type { FleetConsoleTestHook } from './state/test-hook.js';
