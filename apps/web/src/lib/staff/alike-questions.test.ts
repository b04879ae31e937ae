import { describe, expect, it } from 'vitest';
import { alikeQuestions } from './alike-questions';

const questions = [
  { id: 'DA1', indicator: 1, text: 'Stöd till nytta?', scale: 'frequency6' },
  { id: 'DP1', indicator: 1, text: 'Stöd till nytta (pågående)?', scale: 'frequency6' },
  { id: 'DA4', indicator: 2, text: 'Plan?', scale: 'yesno' },
  { id: 'LDA1', text: 'Diskriminerad?', scale: 'yesno' },
  { id: 'LDP1', text: 'Diskriminerad?', scale: 'yesno' },
  { id: 'LP1', text: 'Känner du till målen?', scale: 'yesno' },
];
const ids = (chosen: (typeof questions)[number]) =>
  alikeQuestions(questions, chosen).map((q) => q.id);

describe('alikeQuestions', () => {
  it('takes an NNS question with those of its indicator and scale', () => {
    expect(ids(questions[0] as (typeof questions)[number])).toEqual(['DP1']);
  });

  it('takes a local question only with the same local question of another group', () => {
    expect(ids(questions[3] as (typeof questions)[number])).toEqual(['LDP1']);
    expect(ids(questions[5] as (typeof questions)[number])).toEqual([]);
  });
});
