export * from './incident-rows.js';
export * from './incident.repository.js';
export * from './evidence.repository.js';
export * from './attachment.repository.js';
export * from './sha256-hex.js';
export * from './evidence-verification.js';
