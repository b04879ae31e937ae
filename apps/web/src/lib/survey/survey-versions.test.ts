import { loadInstrument, nns2021 } from '@indikera/instrument';
import exampleFile from '@indikera/instrument/test-fixtures/instrument-example.json';
import { describe, expect, it } from 'vitest';
import { readForm, showSurvey } from './survey';

const example = loadInstrument(exampleFile);
/** The example with its yes answer coded `jo`: a word no 2021 scale has. */
const withJo = loadInstrument(JSON.parse(JSON.stringify(exampleFile).replaceAll('"ja"', '"jo"')));

describe('the survey on any version', () => {
  it('keeps an answer coded with any word the version defines', () => {
    const form = readForm(withJo, 'deltagare', { 'q-D2': 'jo', 'q-D3': '4' }, 'sv');
    expect(form).toEqual({ kon: null, answers: { D2: 'jo', D3: 4 }, errors: {} });
  });

  it('names the question and the answer a conditional question depends on', () => {
    const sv = readForm(example, 'deltagare', { 'q-D2': 'nej', 'q-D3': '4' }, 'sv');
    expect(sv.errors.D3).toBe(
      'Svara bara på den här frågan om du svarade Ja på fråga 2. Ta bort svaret eller ändra fråga 2.',
    );
    const en = readForm(example, 'deltagare', { 'q-D3': '4' }, 'en');
    expect(en.errors.D3).toBe(
      'Answer this question only if you answered Yes to question 2. Remove the answer or change question 2.',
    );
    const da = readForm(nns2021, 'deltagare-avslut', { 'q-DA9': '4' }, 'sv');
    expect(da.errors.DA9).toContain('om du svarade Ja på fråga 8.');
  });

  it('shows the English of the version itself, with the Swedish beside it', () => {
    const shown = showSurvey(example, 'remittenter', 'en');
    expect(shown.groupLabel).toBe('Referrers');
    expect(shown.questions[0]).toMatchObject({
      text: 'Do the people you refer get support that suits their needs?',
      original: 'Får de du remitterar ett stöd som passar deras behov?',
    });
    expect(shown.questions[0]?.options.map((o) => o.label)).toEqual([
      'Not at all',
      'To a small extent',
      'Partly',
      'To a large extent',
      'Completely',
    ]);
    expect(showSurvey(example, 'deltagare', 'sv').questions[2]?.askedIf).toEqual({
      question: 'D2',
      equals: 'ja',
      position: 2,
      answer: 'Ja',
    });
  });
});
