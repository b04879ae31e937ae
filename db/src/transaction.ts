/**
 * @module
 * Runs work in a transaction, or in the caller's transaction when it already has one, so
 * that a query function that needs atomicity can still be part of a larger unit of work.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

export function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // Kysely refuses nested transactions; the outer one already gives all-or-nothing.
  if (db.isTransaction) return work(db);
  return db.transaction().execute((trx: Transaction<Database>) => work(trx));
}
