import type { Queryable } from '@fleet/db';
import { DB_POOL } from './core-tokens.js';

/** A Nest provider for a repository class built on the process's database pool (repositories stay Nest-free). */
export function repositoryProvider<T>(make: new (db: Queryable) => T) {
  return { provide: make, inject: [DB_POOL], useFactory: (db: Queryable) => new make(db) };
}
