import { findQuestion, getInstrument, loadInstrument } from '@indikera/instrument';
import exampleFile from '@indikera/instrument/test-fixtures/instrument-example.json';
import { describe, expect, it } from 'vitest';
import {
  historyText,
  keyFigureDefinition,
  percentText,
  shareText,
  trendText,
  typvardeWords,
  versusText,
} from './report-words';

const nns = getInstrument('2021');
const question = (id: string) => {
  const q = findQuestion(nns, id);
  if (!q) throw new Error(id);
  return q;
};

describe('the report words', () => {
  it('prints shares and riksnitt as the verdicts judge them, half up', () => {
    expect(shareText({ n: 8, positive: 1, share: 12.5 })).toBe('13 %');
    expect(shareText({ n: 0, positive: 0, share: null })).toBe('');
    expect(percentText(75.5)).toBe('76 %');
    expect(percentText(null)).toBe('');
  });

  it('says every verdict in words, with the arrow beside the words', () => {
    expect(versusText('higher')).toBe('Högre än riket');
    expect(versusText(null)).toBe('Ingen jämförelse');
    expect(trendText('up', true)).toBe('↑ Högre än förra året');
    expect(trendText('mixed', true)).toBe('Blandat: värdena tar ut varandra');
    expect(trendText('down')).toBe('Lägre än förra året');
  });

  it('prints an earlier year: its share, a dash when withheld, its id where it differed', () => {
    expect(historyText({ year: 2021, question: 'DP2', n: 10, positive: 6, share: 60 }, 'DP8')).toBe(
      '60 % (DP2)',
    );
    expect(
      historyText({ year: 2026, question: 'DP8', n: 3, positive: 1, share: 33.3 }, 'DP8'),
    ).toBe('33 %');
    expect(historyText({ year: 2026, question: 'DP8', withheld: true }, 'DP8')).toBe('–');
    expect(
      historyText({ year: 2026, question: 'DP8', n: 0, positive: 0, share: null }, 'DP8'),
    ).toBe('');
  });

  it('writes typvärde and the key figure in words', () => {
    expect(typvardeWords(nns, question('DP1'), ['5', '6'])).toBe('För det mesta och Alltid');
    expect(keyFigureDefinition(nns, question('DP1'))).toBe(
      'andel som svarar på de två högsta svarsalternativen (För det mesta, Alltid)',
    );
    expect(keyFigureDefinition(nns, question('DP4'))).toBe('andel som svarar Ja');
  });

  it('words the key figure of any version: five options, a yes/no scale under another id', () => {
    const example = loadInstrument(exampleFile);
    const of = (id: string) => findQuestion(example, id) ?? question(id);
    expect(keyFigureDefinition(example, of('D1'))).toBe(
      'andel som svarar på de två högsta svarsalternativen (Till stor del, Helt och hållet)',
    );
    expect(keyFigureDefinition(example, of('D2'))).toBe('andel som svarar Ja');
  });
});
