import { nns2021, withLocalQuestions } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { isAsked, minutesFor, readForm, showSurvey } from './survey';

const group = 'deltagare-avslut';

describe('readForm', () => {
  it('reads the answers as the instrument stores them, and kön', () => {
    const read = readForm(nns2021, group, { 'q-DA1': '5', 'q-DA8': 'ja', kon: 'man' }, 'sv');
    expect(read).toEqual({ kon: 'man', answers: { DA1: 5, DA8: 'ja' }, errors: {} });
  });

  it('takes an empty answer and an empty kön as not answered', () => {
    expect(readForm(nns2021, group, { 'q-DA1': '', kon: '' }, 'sv')).toEqual({
      kon: null,
      answers: {},
      errors: {},
    });
  });

  it('names every answer the instrument refuses, in the page’s language', () => {
    const values = { 'q-DA1': '9', 'q-DA9': '4', 'q-DA8': 'nej', kon: 'okänt' };
    const sv = readForm(nns2021, group, values, 'sv');
    expect(sv.errors).toEqual({
      DA1: 'Välj ett av svarsalternativen.',
      DA9: expect.stringContaining('fråga 8'),
      kon: 'Välj ett av alternativen.',
    });
    // An unknown kön is never passed on as if it were one.
    expect(sv.kon).toBeNull();
    expect(readForm(nns2021, group, values, 'en').errors.DA1).toBe('Choose one of the options.');
  });

  it('ignores fields that are not questions of the group', () => {
    const read = readForm(nns2021, group, { 'q-P1': '5', 'q-DA1': '4', id: 'x' }, 'sv');
    expect(read.answers).toEqual({ DA1: 4 });
  });
});

describe('the questionnaire as shown', () => {
  it('asks DA9 and DA10 only after ja on DA8', () => {
    const da9 = showSurvey(nns2021, group, 'sv').questions.find((q) => q.id === 'DA9');
    if (!da9) throw new Error('DA9 missing');
    expect(isAsked(da9, { 'q-DA8': 'ja' })).toBe(true);
    expect(isAsked(da9, { 'q-DA8': 'nej' })).toBe(false);
    expect(isAsked(da9, {})).toBe(false);
  });

  it('takes half a minute a question, at least two minutes', () => {
    expect(minutesFor(1)).toBe(2);
    expect(minutesFor(11)).toBe(6);
  });
});

describe('local questions as shown', () => {
  const instrument = withLocalQuestions(nns2021, [
    {
      group,
      number: 1,
      text: 'Har du blivit diskriminerad under tiden i insatsen?',
      scale: 'yesno',
      positive: { answer: 'nej' },
    },
  ]);

  it('come last, marked local, in Swedish with its lang on a page in English', () => {
    const sv = showSurvey(instrument, group, 'sv').questions.at(-1);
    expect(sv).toMatchObject({ id: 'LDA1', local: true, textLang: null, position: 11 });
    const en = showSurvey(instrument, group, 'en').questions;
    expect(en.at(-1)).toMatchObject({ local: true, textLang: 'sv', original: null });
    expect(en.at(-1)?.options.map((o) => o.label)).toEqual(['Yes', 'No']);
    expect(en.filter((q) => !q.local).every((q) => q.textLang === null)).toBe(true);
  });

  it('are read from a posted form like any question', () => {
    expect(readForm(instrument, group, { 'q-LDA1': 'nej' }, 'sv').answers).toEqual({ LDA1: 'nej' });
  });
});
