export * from './components/accounts-page.js';
export * from './components/audit-log-page.js';
export * from './components/change-password-dialog.js';
export * from './components/vehicle-credentials-container.js';
export * from './utils/console-pages.js';
export * from './utils/vehicle-credential-access.js';
