import {
  type AnswerValue,
  type Gender,
  type InstrumentVersion,
  loadInstrument,
  nns2021,
} from '@indikera/instrument';
import test2027File from '@indikera/instrument/test-fixtures/nns-2027-test.json';
import { describe, expect, it } from 'vitest';
import { buildReport, type HistoryRound } from './report';
import { isWithheld, type QuestionFigures, type Report } from './report-types';
import { type TallyInput, tallyResponses } from './tally';

const v2027 = loadInstrument(test2027File);

/** `count` deltagare-pagaende who give `answers`, in `insats` (none by default). */
function people(
  count: number,
  answers: Record<string, AnswerValue>,
  insats: string | null = null,
  kon: Gender = 'kvinna',
): TallyInput[] {
  return Array.from({ length: count }, () => ({
    group: 'deltagare-pagaende',
    kon,
    insats,
    answers: new Map(Object.entries(answers)),
  }));
}

function round(year: number, instrument: InstrumentVersion, rows: TallyInput[]): HistoryRound {
  return { year, instrument, tally: tallyResponses(rows) };
}

function question(report: Report, id: string): QuestionFigures {
  const q = report.questions.find((x) => x.id === id);
  if (!q || isWithheld(q)) throw new Error(`no ${id} in report`);
  return q;
}

const current = tallyResponses([...people(8, { DP1: 6, DP8: 6 }), ...people(2, { DP1: 1 })]);

describe('buildReport with earlier rounds side by side', () => {
  it('follows a question across a wording change by sameAs, oldest year first', () => {
    const report = buildReport({
      instrument: v2027,
      tally: current,
      year: 2027,
      history: [
        round(2026, v2027, people(10, { DP8: 5 })),
        round(2021, nns2021, [...people(6, { DP2: 6 }), ...people(4, { DP2: 2 })]),
      ],
    });
    expect(question(report, 'DP8').history).toEqual([
      { year: 2021, question: 'DP2', n: 10, positive: 6, share: 60 },
      { year: 2026, question: 'DP8', n: 10, positive: 10, share: 100 },
    ]);
    // DP1 kept its id; 2026 did not answer it, so n is 0 that year.
    expect(question(report, 'DP1').history?.map((h) => h.question)).toEqual(['DP1', 'DP1']);
    // Remittenter did not exist in 2021.
    expect(question(report, 'R1').history?.map((h) => h.year)).toEqual([2026]);
  });

  it('counts each year with that year’s own scale and key figure', () => {
    const report = buildReport({
      instrument: v2027,
      tally: current,
      history: [round(2021, nns2021, people(10, { DP4: 'ja' }))],
    });
    expect(question(report, 'DP4').history).toEqual([
      { year: 2021, question: 'DP4', n: 10, positive: 10, share: 100 },
    ]);
  });

  it('withholds an earlier year that its own disclosure control withholds in this view', () => {
    // In 2026, two people answered outside insats A: A's figure less the total shows them.
    const report = buildReport({
      instrument: v2027,
      tally: tallyResponses(people(12, { DP1: 6 }, 'A')),
      insats: 'A',
      history: [round(2026, v2027, [...people(12, { DP1: 5 }, 'A'), ...people(2, { DP1: 5 })])],
      previous: tallyResponses([...people(12, { DP1: 5 }, 'A'), ...people(2, { DP1: 5 })]),
    });
    const dp1 = question(report, 'DP1');
    expect(dp1.history).toEqual([{ year: 2026, question: 'DP1', withheld: true }]);
    expect(dp1.previous).toBeNull(); // the same control as last year's column
  });

  it('adds no history without earlier rounds, and refuses more than five', () => {
    expect(question(buildReport({ instrument: v2027, tally: current }), 'DP1')).not.toHaveProperty(
      'history',
    );
    const six = [2020, 2021, 2022, 2023, 2024, 2025].map((y) => round(y, v2027, []));
    expect(() => buildReport({ instrument: v2027, tally: current, history: six })).toThrow(
      RangeError,
    );
  });
});
