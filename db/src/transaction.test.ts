import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('inTransaction', () => {
  it('undoes the whole transaction when the work fails', async () => {
    await expect(
      inTransaction(t.db, async (trx) => {
        await createForbund(trx, 'Norr');
        throw new Error('halfway');
      }),
    ).rejects.toThrow('halfway');
    expect(await listForbund(t.db)).toEqual([]);
  });

  it('joins the caller’s transaction instead of starting another', async () => {
    await inTransaction(t.db, async (outer) => {
      await inTransaction(outer, (inner) => createForbund(inner, 'Norr'));
      expect(await listForbund(outer)).toHaveLength(1);
    });
  });
});
