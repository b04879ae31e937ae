/**
 * @module
 * A change and the audit entry saying who made it, written together: both or neither.
 */
import { type AuditEvent, type Database, inTransaction, recordAudit } from '@indikera/db';
import type { Kysely } from 'kysely';

/** Runs `work` and records `event(result)` in the same transaction; the work's result. */
export function audited<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
  event: (result: T) => AuditEvent,
): Promise<T> {
  return inTransaction(db, async (trx) => {
    const result = await work(trx);
    await recordAudit(trx, event(result));
    return result;
  });
}
