/**
 * @module
 * Applies pending migrations, each in its own transaction together with the row that
 * records it. Kysely's Migrator runs SQLite migrations outside any transaction, so a
 * failure halfway would leave half a schema behind; here it leaves nothing.
 *
 * A migration runs inside that transaction, where `PRAGMA foreign_keys` cannot be
 * changed: a migration that rebuilds a table uses `PRAGMA defer_foreign_keys = ON`.
 * PostgreSQL's schema changes are transactional too, so the same holds there; every
 * migration is written for both (see migrations/dialect-ddl.ts).
 */
import { type Kysely, sql } from 'kysely';
import { dialectOf } from './dialect';
import { migrations as allMigrations, type Migration } from './migrations';
import { ddl } from './migrations/dialect-ddl';
import type { Database } from './schema';

// A type, not an interface: Kysely's withTables wants an index-signature-compatible shape.
type MigrationTables = {
  migrations: { name: string; applied_at: string | undefined };
};

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`migration ${migration} failed: ${cause instanceof Error ? cause.message : cause}`, {
      cause,
    });
    this.name = 'MigrationError';
  }
}

/** The database was migrated by a newer version of the program than this one. */
export class UnknownMigrationsError extends Error {
  constructor(readonly names: readonly string[]) {
    super(`the database has migrations this program does not know: ${names.join(', ')}`);
    this.name = 'UnknownMigrationsError';
  }
}

/**
 * Applies the migrations not yet applied, oldest first, and returns their names.
 * @example await migrateToLatest(db) // ['2026-11-24T0000-initial', …] on an empty file, then []
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  migrations: readonly Migration[] = allMigrations,
): Promise<string[]> {
  assertInOrder(migrations);
  const mdb = db.withTables<MigrationTables>();
  const d = ddl(db);
  await mdb.transaction().execute(async (trx) => {
    await oneMigratorAtATime(trx);
    await trx.schema
      .createTable('migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey().notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull().defaultTo(d.now))
      .$call(d.strict)
      .execute();
  });

  const done = new Set(
    (await mdb.selectFrom('migrations').select('name').execute()).map((r) => r.name),
  );
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...done].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new UnknownMigrationsError(unknown);

  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    const ran = await mdb
      .transaction()
      .execute(async (trx) => {
        await oneMigratorAtATime(trx);
        // Claiming the name is the first statement, so it takes SQLite's write lock before
        // anything is read: a second process starting at the same time waits, then skips.
        const claim = await trx
          .insertInto('migrations')
          .values({ name: migration.name })
          .onConflict((oc) => oc.column('name').doNothing())
          .executeTakeFirst();
        if (claim.numInsertedOrUpdatedRows === 0n) return false;
        await migration.up(trx);
        return true;
      })
      .catch((cause: unknown) => {
        throw new MigrationError(migration.name, cause);
      });
    if (ran) applied.push(migration.name);
  }
  return applied;
}

/**
 * On PostgreSQL, holds a lock (until the transaction ends) that every migrating process
 * takes first: two servers starting at once then migrate one after the other, the second
 * finding the work done. SQLite's write lock does this by itself.
 */
// biome-ignore lint/suspicious/noExplicitAny: the migrations table is outside schema.ts
async function oneMigratorAtATime(trx: Kysely<any>): Promise<void> {
  if (dialectOf(trx) === 'postgres') {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
  }
}

/** Any fixed number that no other program on the server uses as its advisory lock. */
const MIGRATION_LOCK = 7_316_411_201;

function assertInOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = migrations[i - 1];
    if (previous && previous.name >= m.name) {
      throw new Error(`migrations out of order: ${previous.name} before ${m.name}`);
    }
  });
}
