/**
 * Writers side by side, as only PostgreSQL has them (SQLite has one writer at a time):
 * the transactions must still come out as if run one after the other.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { createForbund, listForbund } from './forbund';
import { openTestDatabase, type TestDatabase } from './test-database';
import { inTransaction } from './transaction';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

/** Resolves once `count` callers have arrived: every transaction has read before any writes. */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return () => {
    arrived += 1;
    if (arrived >= count) open();
    return opened;
  };
}

it('lets only one of many concurrent check-then-write transactions write', async () => {
  // Each reads "no förbund yet" and then creates one: the first-run guard's shape, over
  // connections of their own, all reading before any of them writes.
  const writers = 5;
  const connections = Array.from({ length: writers }, () => openDatabase(t.url));
  const allHaveRead = barrier(writers);
  try {
    const outcomes = await Promise.all(
      connections.map((connection, i) =>
        inTransaction(connection.db, async (trx) => {
          const existing = await listForbund(trx);
          await allHaveRead();
          if (existing.length > 0) return 'refused';
          await createForbund(trx, `Förbund ${i}`);
          return 'created';
        }),
      ),
    );
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(1);
    expect(await listForbund(t.db)).toHaveLength(1);
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
});
