import { buildReport, isWithheld, tallyResponses } from '@indikera/indicators';
import { type AnswerValue, findQuestion, loadInstrument } from '@indikera/instrument';
import exampleFile from '@indikera/instrument/test-fixtures/instrument-example.json';
import { describe, expect, it } from 'vitest';
import { distributionSegments } from './report-format';

const example = loadInstrument(exampleFile);
const rows = [1, 2, 3].map((i) => ({
  group: 'deltagare',
  kon: null,
  answers: new Map<string, AnswerValue>([
    ['D1', i + 2],
    ['D2', i === 1 ? 'nej' : 'ja'],
  ]),
}));
const report = buildReport({ instrument: example, tally: tallyResponses(rows) });

function segmentsOf(id: string) {
  const figures = report.questions.find((q) => q.id === id);
  if (!figures || isWithheld(figures)) throw new Error(id);
  return distributionSegments(example, findQuestion(example, id), figures);
}

describe('distributionSegments', () => {
  it('puts ja at the right end of a yes/no bar, whatever the scale is called', () => {
    expect(segmentsOf('D2').map((s) => [s.label, s.count])).toEqual([
      ['Nej', 1],
      ['Ja', 2],
    ]);
  });

  it('lists the five options of a five-option scale lowest first', () => {
    expect(segmentsOf('D1').map((s) => s.count)).toEqual([0, 0, 1, 1, 1]);
    expect(segmentsOf('D1')[4]?.label).toBe('Helt och hållet');
  });
});
