import { type AnswerValue, type Gender, loadInstrument } from '@indikera/instrument';
import exampleFile from '@indikera/instrument/test-fixtures/instrument-example.json';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { isWithheld, type QuestionFigures } from './report-types';
import { tallyResponses } from './tally';

const example = loadInstrument(exampleFile);

/** `count` deltagare who answer D1 with `d1` and D2 with `d2`. */
function deltagare(count: number, kon: Gender, d1: AnswerValue, d2: AnswerValue) {
  return Array.from({ length: count }, () => ({
    group: 'deltagare',
    kon,
    answers: new Map<string, AnswerValue>([
      ['D1', d1],
      ['D2', d2],
    ]),
  }));
}

const report = buildReport({
  instrument: example,
  tally: tallyResponses([
    ...deltagare(7, 'kvinna', 5, 'ja'),
    ...deltagare(6, 'man', 4, 'nej'),
    ...deltagare(7, 'kvinna', 2, 'ja'),
  ]),
});
const question = (id: string): QuestionFigures => {
  const q = report.questions.find((x) => x.id === id);
  if (!q || isWithheld(q)) throw new Error(`no ${id} in report`);
  return q;
};

describe('buildReport on a version read from a file', () => {
  it('counts a five-option scale with the key figure the file gives it (4–5)', () => {
    expect(report.instrumentVersion).toBe('exempel-1');
    expect(question('D1')).toMatchObject({
      n: 20,
      distribution: { '1': 0, '2': 7, '3': 0, '4': 6, '5': 7 },
      positive: 13,
      share: 65,
      typvarde: ['2', '5'],
    });
  });

  it('counts a yes/no scale whatever its id, and lists the remittenter group', () => {
    expect(question('D2')).toMatchObject({ n: 20, distribution: { ja: 14, nej: 6 }, positive: 14 });
    expect(report.groups.map((g) => [g.group, g.responses])).toEqual([
      ['deltagare', 20],
      ['remittenter', 0],
    ]);
  });
});
