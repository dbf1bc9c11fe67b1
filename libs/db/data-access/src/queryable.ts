import type { QueryResult, QueryResultRow } from 'pg';

/** Anything that runs SQL: a pool or a checked-out client. */
export type Queryable = {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
};
