import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createForbund } from './forbund';
import {
  createLocalQuestion,
  deleteLocalQuestion,
  groupHasResponses,
  groupsWithResponses,
  insertLocalQuestions,
  listLocalQuestions,
  updateLocalQuestion,
} from './local-questions';
import { insertResponse } from './responses';
import { createRound } from './rounds';
import { openTestDatabase, type TestDatabase } from './test-database';

let t: TestDatabase;
beforeEach(async () => {
  t = await openTestDatabase();
});
afterEach(async () => {
  await t.close();
});

const discrimination = {
  group: 'deltagare-avslut',
  text: 'Har du blivit diskriminerad?',
  scale: 'yesno',
  positive: { answer: 'nej' },
};

async function round(year = 2021) {
  const norr = await createForbund(t.db, `Norr ${year}`);
  return createRound(t.db, {
    forbundId: norr.id,
    name: `M ${year}`,
    year,
    instrumentVersion: '2021',
  });
}

describe('local questions', () => {
  it('are numbered per group and round, kept with what counts, changed and removed', async () => {
    const a = await round();
    expect(await createLocalQuestion(t.db, a.id, discrimination)).toEqual({
      ...discrimination,
      number: 1,
    });
    const second = { ...discrimination, text: 'Fick du stöd?', scale: 'frequency6' };
    await createLocalQuestion(t.db, a.id, { ...second, positive: { keyFigure: 'top2' } });
    await createLocalQuestion(t.db, a.id, { ...discrimination, group: 'personal' });
    expect((await listLocalQuestions(t.db, a.id)).map((q) => [q.group, q.number])).toEqual([
      ['deltagare-avslut', 1],
      ['deltagare-avslut', 2],
      ['personal', 1],
    ]);
    expect(
      await updateLocalQuestion(t.db, a.id, { ...discrimination, number: 1, text: 'Ny text?' }),
    ).toBe(true);
    expect(await updateLocalQuestion(t.db, a.id, { ...discrimination, number: 9 })).toBe(false);
    await deleteLocalQuestion(t.db, a.id, 'deltagare-avslut', 2);
    expect(await listLocalQuestions(t.db, a.id)).toEqual([
      { ...discrimination, number: 1, text: 'Ny text?' },
      { ...discrimination, group: 'personal', number: 1 },
    ]);
  });

  it('refuse what the table does not hold: no number twice, one way to count, no empty text', async () => {
    const a = await round();
    await insertLocalQuestions(t.db, a.id, [{ ...discrimination, number: 1 }]);
    await expect(
      insertLocalQuestions(t.db, a.id, [{ ...discrimination, number: 1 }]),
    ).rejects.toThrow();
    await expect(
      insertLocalQuestions(t.db, a.id, [{ ...discrimination, number: 2, text: '' }]),
    ).rejects.toThrow();
    await expect(
      t.db
        .insertInto('local_questions')
        .values({
          round_id: a.id,
          group_id: 'personal',
          number: 1,
          text: 'x',
          scale: 'yesno',
          key_figure: 'yes',
          positive_answer: 'ja',
        })
        .execute(),
    ).rejects.toThrow();
    expect(await listLocalQuestions(t.db, a.id)).toHaveLength(1);
  });

  it('know which groups of a round have answers', async () => {
    const a = await round();
    expect(await groupHasResponses(t.db, a.id, 'personal')).toBe(false);
    await insertResponse(t.db, {
      id: crypto.randomUUID(),
      roundId: a.id,
      linkId: null,
      groupId: 'personal',
      insatsId: null,
      kon: null,
      channel: 'paper',
      answeredOn: '2021-03-15',
      batch: null,
      answers: new Map([['P1', 5]]),
    });
    expect(await groupHasResponses(t.db, a.id, 'personal')).toBe(true);
    expect(await groupHasResponses(t.db, a.id, 'styrelse')).toBe(false);
    expect(await groupsWithResponses(t.db, a.id)).toEqual(['personal']);
  });
});
