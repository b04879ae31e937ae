/**
 * @module
 * The few column types and checks that SQLite and PostgreSQL spell differently, for the
 * migrations. On SQLite every helper gives exactly the SQL the migrations wrote before
 * PostgreSQL was supported, so a new SQLite file gets the same schema as an old one
 * (db/src/schema.test.ts checks the text). Frozen like the migrations: change nothing
 * here that a migration already uses; add a new helper instead.
 */
import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Expression,
  type Kysely,
  type RawBuilder,
  sql,
} from 'kysely';
import { dialectOf } from '../dialect';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema of its own day, not schema.ts
type AnyKysely = Kysely<any>;
// biome-ignore lint/suspicious/noExplicitAny: any table, any columns
type AnyTable = CreateTableBuilder<any, any>;

/** The spellings of one dialect; `ddl(db)` picks the one of the database being migrated. */
export interface DialectDdl {
  readonly postgres: boolean;
  /** An integer key the database numbers (SQLite's AUTOINCREMENT, PostgreSQL's serial). */
  readonly serial: 'integer' | 'serial';
  readonly autoIncrement: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  readonly blob: 'blob' | 'bytea';
  /** An 8-byte float (PostgreSQL's `real` has 4). */
  readonly double: 'real' | 'double precision';
  /** Unix seconds: PostgreSQL's `integer` ends in 2038. */
  readonly seconds: 'integer' | 'bigint';
  /** Text compared without regard to case: SQLite's NOCASE, PostgreSQL's citext. */
  readonly caselessText: 'text' | Expression<unknown>;
  readonly caseless: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** SQLite's STRICT (and WITHOUT ROWID); PostgreSQL columns are always strict. */
  readonly strict: (t: AnyTable) => AnyTable;
  readonly strictWithoutRowid: (t: AnyTable) => AnyTable;
  /** Today in UTC as `YYYY-MM-DD`, as a column default. */
  readonly today: RawBuilder<unknown>;
  /** Now in UTC as an ISO datetime with milliseconds, as a column default. */
  readonly now: RawBuilder<unknown>;
  /** The column is null or a real day `YYYY-MM-DD`: nothing finer, no 2021-02-30. */
  readonly isDay: (column: string, quoted?: boolean) => RawBuilder<unknown>;
  /** The column is null or a random (version 4) UUID in lower case. */
  readonly isUuidV4: (column: string) => RawBuilder<unknown>;
  /** The column is null or JSON text. */
  readonly isJson: (column: string) => RawBuilder<unknown>;
}

const hex = (n: number) => '[0-9a-f]'.repeat(n);

const sqliteDdl: DialectDdl = {
  postgres: false,
  serial: 'integer',
  autoIncrement: (c) => c.autoIncrement(),
  blob: 'blob',
  double: 'real',
  seconds: 'integer',
  caselessText: 'text',
  caseless: (c) => c.modifyEnd(sql`collate nocase`),
  strict: (t) => t.modifyEnd(sql`strict`),
  strictWithoutRowid: (t) => t.modifyEnd(sql`without rowid, strict`),
  today: sql`(date('now'))`,
  now: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  isDay(column, quoted = true) {
    const ref = quoted ? sql.ref(column) : sql.raw(column);
    return sql`${ref} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(${ref}) IS ${ref}`;
  },
  isUuidV4: (column) =>
    sql`${sql.raw(column)} GLOB ${sql.lit(`${hex(8)}-${hex(4)}-4${hex(3)}-[89ab]${hex(3)}-${hex(12)}`)}`,
  isJson: (column) => sql`json_valid(${sql.raw(column)})`,
};

const postgresDdl: DialectDdl = {
  postgres: true,
  serial: 'serial',
  autoIncrement: (c) => c,
  blob: 'bytea',
  double: 'double precision',
  seconds: 'bigint',
  caselessText: sql`citext`,
  caseless: (c) => c,
  strict: (t) => t,
  strictWithoutRowid: (t) => t,
  today: sql`(to_char(now() at time zone 'UTC', 'YYYY-MM-DD'))`,
  now: sql`(to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
  // CASE, so that the date is computed only from text already shaped like one: a cast of
  // anything else would be an error rather than a failed check.
  isDay(column) {
    const ref = sql.ref(column);
    return sql`CASE WHEN ${ref} ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
      THEN substr(${ref}, 9, 2)::integer <= extract(day from (substr(${ref}, 1, 7) || '-01')::date
        + interval '1 month' - interval '1 day')
      ELSE ${ref} IS NULL END`;
  },
  isUuidV4: (column) =>
    sql`${sql.ref(column)} ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'`,
  // PostgreSQL 15 has no test for JSON that does not fail: invalid text is refused by the cast.
  isJson: (column) => sql`${sql.ref(column)} IS NULL OR ${sql.ref(column)}::jsonb IS NOT NULL`,
};

export function ddl(db: AnyKysely): DialectDdl {
  return dialectOf(db) === 'postgres' ? postgresDdl : sqliteDdl;
}
