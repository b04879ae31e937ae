import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createForbund } from './forbund';
import { getReportComments, saveReportComments } from './report-comments';
import { createRound } from './rounds';
import { openTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

describe('report comments', () => {
  it('keeps a Sammanfattning and a Kommentar per indicator for each round', async () => {
    const norr = await createForbund(t.db, 'Norr');
    const round = (year: number) =>
      createRound(t.db, { forbundId: norr.id, name: `M ${year}`, year, instrumentVersion: '2021' });
    const [a, b] = [await round(2021), await round(2020)];
    const by = { userId: null, day: '2021-11-30' };
    expect(await getReportComments(t.db, a.id)).toEqual({ sammanfattning: '', kommentarer: [] });

    await saveReportComments(
      t.db,
      a.id,
      {
        sammanfattning: 'Ett bättre år.',
        kommentarer: [
          { indicator: 9, text: 'Nio.' },
          { indicator: 1, text: 'Ett.' },
        ],
      },
      by,
    );
    await saveReportComments(t.db, b.id, { kommentarer: [{ indicator: 1, text: 'Fjol.' }] }, by);
    expect(await getReportComments(t.db, a.id)).toEqual({
      sammanfattning: 'Ett bättre år.',
      kommentarer: [
        { indicator: 1, text: 'Ett.' },
        { indicator: 9, text: 'Nio.' },
      ],
    });

    // A new text replaces, an empty one removes, and what is not named stays.
    await saveReportComments(
      t.db,
      a.id,
      {
        kommentarer: [
          { indicator: 1, text: 'Ett igen.' },
          { indicator: 9, text: '' },
        ],
      },
      by,
    );
    expect(await getReportComments(t.db, a.id)).toEqual({
      sammanfattning: 'Ett bättre år.',
      kommentarer: [{ indicator: 1, text: 'Ett igen.' }],
    });
    expect((await getReportComments(t.db, b.id)).kommentarer).toEqual([
      { indicator: 1, text: 'Fjol.' },
    ]);
  });
});
