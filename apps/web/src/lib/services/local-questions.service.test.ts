import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addLocalQuestion,
  carryOverLocalQuestions,
  changeLocalQuestion,
  fetchLocalQuestions,
  removeLocalQuestion,
} from './local-questions.service';
import { type TestApi, testApi } from './test-api';

let t: TestApi;
beforeEach(async () => {
  t = await testApi();
});
afterEach(async () => {
  await t.close();
});

const question = {
  group: 'deltagare-avslut',
  text: 'Har du blivit diskriminerad?',
  scale: 'yesno',
  positive: { answer: 'nej' },
};

describe('local-questions.service', () => {
  it('adds, rewords, lists and removes a local question', async () => {
    const roundId = await t.round();
    const added = await addLocalQuestion(t.api, roundId, question);
    expect(added.ok && added.body.id).toBe('LDA1');
    const changed = await changeLocalQuestion(t.api, roundId, 'LDA1', {
      text: 'Har du blivit diskriminerad i insatsen?',
      scale: 'yesno',
      positive: { answer: 'nej' },
    });
    expect(changed.ok && changed.body.text).toBe('Har du blivit diskriminerad i insatsen?');
    const listed = await fetchLocalQuestions(t.api, roundId);
    expect(listed.ok && listed.body.questions.map((q) => q.id)).toEqual(['LDA1']);
    expect((await removeLocalQuestion(t.api, roundId, 'LDA1')).status).toBe(204);
  });

  it('gives the problem: a field named, or nothing to carry over', async () => {
    const roundId = await t.round();
    const refused = await addLocalQuestion(t.api, roundId, { ...question, text: '' });
    expect(
      refused.ok
        ? []
        : (refused.body as { errors?: { field: string }[] }).errors?.map((e) => e.field),
    ).toEqual(['text']);
    expect((await carryOverLocalQuestions(t.api, roundId)).status).toBe(409);
  });
});
