export * from './accounts-api.js';
export * from './admin-api.js';
export * from './admin-api-error.js';
export * from './admin-types.js';
export * from './audit-api.js';
export * from './own-password-api.js';
export * from './vehicle-credentials-api.js';
