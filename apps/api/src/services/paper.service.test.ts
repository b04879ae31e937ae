import type { Round } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRound, type TestContext, testContext } from '../test-context';
import { InvalidFieldsError } from './domain-errors';
import { enterPaperForm } from './paper.service';

let t: TestContext;
let round: Round;
beforeEach(async () => {
  t = await testContext();
  round = await openRound(t);
});
afterEach(async () => {
  await t.close();
});

const context = () => ({ today: '2021-03-15', by: t.users.koordinator?.id ?? 0 });
const count = (table: string) => t.count(table);

describe('paper.service', () => {
  it('stores a form once per id, with one audit entry', async () => {
    const form = {
      id: crypto.randomUUID(),
      group: 'personal',
      kon: 'man' as const,
      answers: { P1: 4 },
    };
    expect((await enterPaperForm(t.db, round, form, context())).status).toBe('created');
    expect((await enterPaperForm(t.db, round, form, context())).status).toBe('duplicate');
    expect(await Promise.all([count('responses'), count('answers'), count('audit_log')])).toEqual([
      1, 1, 1,
    ]);
    const day = await t.value('SELECT answered_on FROM responses');
    expect(day).toBe('2021-03-15');
  });

  it('names every problem: answers, insats, a day not in the calendar or in the future', async () => {
    const refused = (answeredOn: string) =>
      enterPaperForm(
        t.db,
        round,
        { group: 'personal', insatsId: t.insatser.sydInsats.id, answeredOn, answers: { P1: 9 } },
        context(),
      );
    for (const day of ['2021-02-30', '2021-03-16']) {
      await expect(refused(day)).rejects.toThrow(InvalidFieldsError);
      await expect(refused(day)).rejects.toMatchObject({
        errors: [{ field: 'answers.P1' }, { field: 'insatsId' }, { field: 'answeredOn' }],
      });
    }
    expect(await Promise.all([count('responses'), count('audit_log')])).toEqual([0, 0]);
  });
});
