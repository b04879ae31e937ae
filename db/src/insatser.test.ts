import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createForbund, getForbund, listForbund } from './forbund';
import { createInsats, findInsatsByName, getInsats, listInsatser, renameInsats } from './insatser';
import { openTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

describe('förbund and insatser', () => {
  it('lists förbund by name and refuses a name twice', async () => {
    const syd = await createForbund(t.db, 'Syd');
    await createForbund(t.db, 'Norr');
    expect((await listForbund(t.db)).map((f) => f.name)).toEqual(['Norr', 'Syd']);
    expect((await getForbund(t.db, syd.id))?.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(createForbund(t.db, 'Syd')).rejects.toThrow(/unique constraint/i);
  });

  it('keeps insats names unique within a förbund only', async () => {
    const norr = await createForbund(t.db, 'Norr');
    const syd = await createForbund(t.db, 'Syd');
    const steget = await createInsats(t.db, norr.id, 'Steget fram');
    await createInsats(t.db, syd.id, 'Steget fram');
    await expect(createInsats(t.db, norr.id, 'Steget fram')).rejects.toThrow(/unique constraint/i);

    expect(await findInsatsByName(t.db, norr.id, 'Steget fram')).toEqual(steget);
    await renameInsats(t.db, steget.id, 'Steget vidare');
    expect((await getInsats(t.db, steget.id))?.name).toBe('Steget vidare');
    expect((await listInsatser(t.db, norr.id)).map((i) => i.name)).toEqual(['Steget vidare']);
  });
});
