export * from './audit-log.repository.js';
export * from './secrets.js';
export * from './session.repository.js';
export * from './user.repository.js';
export * from './vehicle-credential.repository.js';
