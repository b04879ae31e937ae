/**
 * @module
 * Which database a connection talks to. SQLite is the embedded default; a hosted
 * installation shared by several förbund runs on PostgreSQL. The few places where the two
 * differ (a migration's column types and checks, retrying a transaction) ask here.
 */
import { type Kysely, PostgresAdapter } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** A `postgres://` or `postgresql://` url names a PostgreSQL server; anything else a SQLite file. */
export function dialectOfUrl(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url.trim()) ? 'postgres' : 'sqlite';
}

/**
 * The dialect of a Kysely instance, a transaction included.
 * @example if (dialectOf(db) === 'postgres') …
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations hold a Kysely of their own day's schema
export function dialectOf(db: Kysely<any>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
