export * from './topics.js';
export * from './wire.js';
export * from './labels.js';
export * from './mqtt-acl.js';
