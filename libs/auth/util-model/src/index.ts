export * from './auth-api.js';
export * from './data-scope.js';
export * from './roles.js';
export * from './accounts-api.js';
