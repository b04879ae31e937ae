/**
 * @module
 * Runs work in a transaction, or in the caller's transaction when it already has one, so
 * that a query function that needs atomicity can still be part of a larger unit of work.
 *
 * SQLite has one writer at a time, so a transaction that reads and then writes (the first
 * administrator, the last admin of a förbund, the next release) sees no other writer in
 * between. PostgreSQL runs writers side by side: there the transaction is SERIALIZABLE,
 * so it commits only if the outcome equals some order one at a time, and is run again
 * from the start when PostgreSQL refuses it for a conflicting concurrent one.
 */
import type { Kysely, Transaction } from 'kysely';
import { dialectOf } from './dialect';
import type { Database } from './schema';

/** Attempts before a conflict is passed on; each retry is after a concurrent commit. */
const MAX_ATTEMPTS = 10;

/** serialization_failure and deadlock_detected: the transaction may simply be run again. */
const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * `work` may run more than once on PostgreSQL: it must do nothing but database work
 * through `trx` (no messages sent, no counters outside it).
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // Kysely refuses nested transactions; the outer one already gives all-or-nothing.
  if (db.isTransaction) return work(db);
  if (dialectOf(db) === 'sqlite') {
    return db.transaction().execute((trx: Transaction<Database>) => work(trx));
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db
        .transaction()
        .setIsolationLevel('serializable')
        .execute((trx: Transaction<Database>) => work(trx));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryableConflict(error)) throw error;
    }
  }
}
