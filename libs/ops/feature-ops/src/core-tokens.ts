/** DI tokens for what every service module shares in one process. */
export const DB_POOL = Symbol('DB_POOL');
export const LOGGER = Symbol('LOGGER');
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
