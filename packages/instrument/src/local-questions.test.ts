import { describe, expect, it } from 'vitest';
import {
  type LocalQuestion,
  localAnswerKinds,
  localQuestionErrors,
  localQuestionId,
  MAX_LOCAL_QUESTION_TEXT,
  withLocalQuestions,
} from './local-questions';
import type { InstrumentVersion, Question } from './types';
import { positiveCodes, questionsOfGroup } from './versions';
import { nns2021 } from './versions/nns-2021';

const discrimination: LocalQuestion = {
  group: 'deltagare-avslut',
  number: 1,
  text: 'Har du blivit diskriminerad under tiden du varit i insatsen?',
  scale: 'yesno',
  positive: { answer: 'nej' },
};

describe('local questions', () => {
  it('have ids of L, the group prefix and the number, which no NNS id has', () => {
    expect(localQuestionId(nns2021, 'deltagare-avslut', 1)).toBe('LDA1');
    expect(localQuestionId(nns2021, 'styrelse', 12)).toBe('LS12');
    expect(nns2021.questions.some((q) => q.id.startsWith('L'))).toBe(false);
  });

  it('come after the NNS questions of their group, marked local, without indicator', () => {
    const second = {
      ...discrimination,
      number: 2,
      scale: 'frequency6',
      positive: { keyFigure: 'top2' },
    };
    const instrument = withLocalQuestions(nns2021, [second, discrimination]);
    const ids = questionsOfGroup(instrument, 'deltagare-avslut').map((q) => q.id);
    expect(ids.slice(-3)).toEqual(['DA10', 'LDA1', 'LDA2']);
    expect(instrument.questions.length).toBe(nns2021.questions.length + 2);
    const local = instrument.questions.find((q) => q.id === 'LDA1');
    expect(local).toMatchObject({ local: true, text: discrimination.text, scale: 'yesno' });
    expect(local?.indicator).toBeUndefined();
    // The NNS questions are the version's own, unchanged and in order.
    expect(instrument.questions.filter((q) => !q.local)).toEqual(nns2021.questions);
    expect(instrument.indicators).toBe(nns2021.indicators);
  });

  it('count nej as positive on a yes/no question through a key figure "Svar nej"', () => {
    const instrument = withLocalQuestions(nns2021, [discrimination]);
    const local = instrument.questions.find((q) => q.id === 'LDA1');
    if (!local) throw new Error('no LDA1');
    expect(positiveCodes(instrument, local)).toEqual(['nej']);
    expect(instrument.keyFigures[local.keyFigure]?.label).toBe('Svar nej');
    // ja is the version's own key figure "Svar ja".
    const ja = withLocalQuestions(nns2021, [{ ...discrimination, positive: { answer: 'ja' } }]);
    expect(ja.questions.find((q) => q.id === 'LDA1')?.keyFigure).toBe('yes');
    expect(nns2021.keyFigures).not.toHaveProperty(local.keyFigure);
  });

  it('leave the version itself when there are none', () => {
    expect(withLocalQuestions(nns2021, [])).toBe(nns2021);
  });

  it('refuse free text, line breaks, unknown groups, scales and key figures, naming the field', () => {
    const errors = (q: Partial<LocalQuestion>) =>
      localQuestionErrors(nns2021, { ...discrimination, ...q }).map((e) => e.field);
    expect(errors({})).toEqual([]);
    expect(errors({ text: '  ' })).toEqual(['text']);
    expect(errors({ text: 'x'.repeat(MAX_LOCAL_QUESTION_TEXT + 1) })).toEqual(['text']);
    expect(errors({ text: 'två\nrader' })).toEqual(['text']);
    expect(errors({ group: 'okand' })).toEqual(['group']);
    expect(errors({ scale: 'fritext' })).toEqual(['scale']);
    expect(errors({ number: 0 })).toEqual(['number']);
    expect(errors({ positive: { answer: 'kanske' } })).toEqual(['positive']);
    expect(errors({ positive: { keyFigure: 'yes' } })).toEqual(['positive']);
    expect(errors({ scale: 'frequency6', positive: { keyFigure: 'top3' } })).toEqual(['positive']);
    expect(errors({ scale: 'extent6', positive: { keyFigure: 'top3' } })).toEqual([]);
    expect(() => withLocalQuestions(nns2021, [{ ...discrimination, group: 'okand' }])).toThrow();
  });

  it('refuse two questions with one id', () => {
    expect(() => withLocalQuestions(nns2021, [discrimination, discrimination])).toThrow(/LDA1/);
  });

  it('offer every scale with each way to count it', () => {
    const labels = localAnswerKinds(nns2021).map((k) => k.label);
    expect(labels).toContain('Ja eller Nej; räknas: Nej');
    expect(labels).toContain('Ja eller Nej; räknas: Ja');
    expect(labels.filter((l) => l.startsWith('Aldrig'))).toHaveLength(1);
    expect(
      localAnswerKinds(nns2021).every(
        (k) => localQuestionErrors(nns2021, { ...discrimination, ...k }).length === 0,
      ),
    ).toBe(true);
  });

  it('refuse a number whose id the version already has (a version may name a question LDA1)', () => {
    const clashing = {
      ...nns2021,
      questions: [...nns2021.questions, { ...nns2021.questions[0], id: 'LDA1' } as Question],
    };
    expect(localQuestionErrors(clashing, discrimination)).toEqual([
      { field: 'number', message: expect.stringContaining('LDA1') },
    ]);
    expect(localQuestionErrors(clashing, { ...discrimination, number: 2 })).toEqual([]);
  });

  it("take a stored yes/no answer as the scale's own code, a number too", () => {
    const numeric: InstrumentVersion = {
      ...nns2021,
      scales: {
        ...nns2021.scales,
        janej: {
          id: 'janej',
          label: 'Ja eller nej',
          kind: 'yesno',
          options: [
            { code: 1, label: 'Ja' },
            { code: 2, label: 'Nej' },
          ],
        },
      },
    };
    // Stored answers are text: "2" names the option whose code is the number 2.
    const stored = { ...discrimination, scale: 'janej', positive: { answer: '2' } };
    expect(localQuestionErrors(numeric, stored)).toEqual([]);
    const instrument = withLocalQuestions(numeric, [stored]);
    const local = instrument.questions.find((q) => q.id === 'LDA1');
    if (!local) throw new Error('no LDA1');
    expect(positiveCodes(instrument, local)).toEqual([2]);
    expect(instrument.keyFigures[local.keyFigure]?.label).toBe('Svar nej');
  });
});
