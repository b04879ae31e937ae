import { getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { tallyResponses } from './tally';
import { judge, targetResult } from './targets';

const instrument = getInstrument('2021');
/** `count` deltagare-avslut answering DA1 with `value`. */
const answers = (count: number, question: string, value: number | string) =>
  Array.from({ length: count }, () => ({
    group: 'deltagare-avslut',
    kon: 'kvinna' as const,
    answers: new Map([[question, value as number]]),
  }));

// Umeå 2017 (seed 002): 63 of 95 answered ofta, för det mesta or alltid; 90 of 94 nej.
const report = buildReport({
  instrument,
  year: 2021,
  tally: tallyResponses([
    ...answers(20, 'DA1', 4),
    ...answers(43, 'DA1', 6),
    ...answers(32, 'DA1', 2),
    ...answers(90, 'DA8', 'nej'),
    ...answers(4, 'DA8', 'ja'),
  ]),
  previous: null,
  riksnitt: new Map(),
  groups: ['deltagare-avslut'],
});
const onDa1 = {
  kind: 'question',
  questions: ['DA1'],
  options: ['4', '5', '6'],
  share: 80,
} as const;

describe('targetResult', () => {
  it('counts the options that count, of those who answered, printed as the report prints', () => {
    expect(targetResult(report, onDa1, 5)).toEqual({
      kind: 'question',
      n: 95,
      positive: 63,
      share: 66,
      verdict: 'notMet',
    });
    const nej = { kind: 'question', questions: ['DA8'], options: ['nej'], share: 100 } as const;
    expect(targetResult(report, nej, 5)).toMatchObject({
      n: 94,
      positive: 90,
      share: 96,
      verdict: 'near',
    });
    expect(targetResult(report, nej, 3)).toMatchObject({ verdict: 'notMet' });
  });

  it('gives no figure when the report withholds a question, or the round has none such', () => {
    const withheld = {
      ...report,
      questions: report.questions.map((q) =>
        q.id === 'DA1'
          ? {
              id: q.id,
              group: q.group,
              indicator: q.indicator,
              keyFigure: q.keyFigure,
              withheld: true as const,
              riksnitt: null,
            }
          : q,
      ),
    };
    expect(targetResult(withheld, onDa1, 5)).toEqual({ kind: 'question', withheld: true });
    expect(targetResult(report, { ...onDa1, questions: ['XX1'] }, 5)).toEqual({
      kind: 'question',
      withheld: true,
    });
  });

  it('says no verdict without answers', () => {
    expect(targetResult(report, { ...onDa1, questions: ['DA2'] }, 5)).toEqual({
      kind: 'question',
      n: 0,
      positive: 0,
      share: null,
      verdict: null,
    });
  });

  it('judges a figure entered by hand in its direction, near within the margin in percent of it', () => {
    const sjukdagar = {
      kind: 'manual',
      value: 9,
      unit: 'sjukdagar per försäkrad',
      direction: 'atMost',
    } as const;
    expect(targetResult(report, { ...sjukdagar, outcome: null }, 5)).toEqual({
      kind: 'manual',
      outcome: null,
      verdict: null,
    });
    expect(targetResult(report, { ...sjukdagar, outcome: 8.7 }, 5)).toMatchObject({
      verdict: 'met',
    });
    expect(targetResult(report, { ...sjukdagar, outcome: 9.4 }, 5)).toMatchObject({
      verdict: 'near',
    });
    expect(targetResult(report, { ...sjukdagar, outcome: 10.8 }, 5)).toMatchObject({
      verdict: 'notMet',
    });
    const percent = {
      kind: 'manual',
      value: 30,
      unit: '%',
      direction: 'atLeast',
      outcome: 26,
    } as const;
    expect(targetResult(report, percent, 5)).toMatchObject({ verdict: 'near' });
  });
});

describe('judge', () => {
  it('is met at the target, near at the margin, not met beyond it', () => {
    expect(judge(80, 80, 5)).toBe('met');
    expect(judge(75, 80, 5)).toBe('near');
    expect(judge(74, 80, 5)).toBe('notMet');
    expect(judge(0, 0, 5, 'atMost')).toBe('met');
  });
});
