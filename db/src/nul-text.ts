/**
 * @module
 * PostgreSQL's text cannot hold the NUL character: a parameter with one fails deep in the
 * server as an encoding error. Refused here instead, before the query is sent, with an
 * error of its own that the API answers as bad input (400) rather than as its own fault.
 */
import type { PostgresPool, PostgresPoolClient } from 'kysely';

export class NulInTextError extends Error {
  constructor() {
    super('a text value holds the NUL character, which the database cannot store');
    this.name = 'NulInTextError';
  }
}

function assertNoNul(parameters: ReadonlyArray<unknown>): void {
  for (const value of parameters) {
    if (typeof value === 'string' && value.includes('\0')) throw new NulInTextError();
  }
}

/** The pool as Kysely uses it, each query's parameters checked first. */
export function refusingNul(pool: PostgresPool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        // biome-ignore lint/suspicious/noExplicitAny: the driver's two overloads, passed on as they are
        query: ((sqlOrCursor: any, parameters?: ReadonlyArray<unknown>) => {
          if (typeof sqlOrCursor === 'string') assertNoNul(parameters ?? []);
          return client.query(sqlOrCursor, parameters as ReadonlyArray<unknown>);
        }) as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}
