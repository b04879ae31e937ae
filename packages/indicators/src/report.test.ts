import { type AnswerValue, type Gender, getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { isWithheld, type QuestionFigures } from './report-types';
import { type TallyInput, tallyResponses } from './tally';

const nns = getInstrument('2021');

/** Builds questionnaires from columns: values[i] is the i-th respondent's answer (null = skipped). */
function respondents(
  group: string,
  kon: Gender | null,
  columns: Record<string, (AnswerValue | null)[]>,
  count: number,
): TallyInput[] {
  return Array.from({ length: count }, (_, i) => ({
    group,
    kon,
    answers: new Map(
      Object.entries(columns).flatMap(([q, values]) => {
        const v = values[i];
        return v === null || v === undefined ? [] : [[q, v] as [string, AnswerValue]];
      }),
    ),
  }));
}

// Hand-computed data set: 15 deltagare pågående (8 kvinnor, 6 män, 1 without kön), 3 personal.
const current = tallyResponses([
  ...respondents(
    'deltagare-pagaende',
    'kvinna',
    {
      DP1: [6, 6, 6, 5, 5, 4, 3, 6],
      DP3: [6, 6, 6, 6, 6, 6, 6, 6],
      DP4: ['ja', 'ja', 'ja', 'ja', 'ja', 'nej', 'nej', 'nej'],
      DP6: [4, 4, 3, 2, 1, 5, 6, 6],
    },
    8,
  ),
  ...respondents(
    'deltagare-pagaende',
    'man',
    {
      DP1: [6, 5, 2, 1, 6, 6],
      DP4: ['ja', 'ja', null, 'nej', 'nej', 'nej'],
      DP6: [4, null, null, 3, 3, 3],
    },
    6,
  ),
  ...respondents('deltagare-pagaende', null, { DP1: [6] }, 1),
  ...respondents('personal', 'kvinna', { P1: [1, 2, 3] }, 3),
]);
const previous = tallyResponses(
  respondents('deltagare-pagaende', 'man', { DP1: [6, 6, 5, 5, 6, 1, 2, 3, 4, 1] }, 10),
);
const riksnitt = new Map([
  ['DP1', { all: 75, kvinna: 76, man: 73 }],
  ['DP2', { all: 78, kvinna: 77, man: 78 }],
  ['DP3', { all: 79, kvinna: 79, man: 79 }],
  ['DP4', { all: 66, kvinna: 69, man: 64 }],
  ['DP6', { all: 58, kvinna: 55, man: 62 }],
  ['P1', { all: 72, kvinna: null, man: null }],
]);

const report = buildReport({ instrument: nns, tally: current, year: 2021, riksnitt, previous });
const question = (id: string): QuestionFigures => {
  const q = report.questions.find((x) => x.id === id);
  if (!q || isWithheld(q)) throw new Error(`no ${id} in report`);
  return q;
};

describe('buildReport', () => {
  it('counts responses per group and gender, kön left out as annat, every group listed', () => {
    expect(report.instrumentVersion).toBe('2021');
    expect(report.year).toBe(2021);
    expect(report.groups).toEqual([
      { group: 'deltagare-pagaende', responses: 15, byGender: { kvinna: 8, man: 6, annat: 1 } },
      { group: 'deltagare-avslut', responses: 0, byGender: { kvinna: 0, man: 0, annat: 0 } },
      { group: 'personal', responses: 3, byGender: { kvinna: 3, man: 0, annat: 0 } },
      { group: 'chefer', responses: 0, byGender: { kvinna: 0, man: 0, annat: 0 } },
      { group: 'styrelse', responses: 0, byGender: { kvinna: 0, man: 0, annat: 0 } },
    ]);
    expect(report.questions.map((q) => q.id)).toEqual(nns.questions.map((q) => q.id));
  });

  it('computes a top2 question: n, distribution, share, typvärde, gender cells, comparisons', () => {
    const dp1 = question('DP1');
    expect(dp1).toMatchObject({
      group: 'deltagare-pagaende',
      indicator: 1,
      keyFigure: 'top2',
      n: 15,
      distribution: { '1': 1, '2': 1, '3': 1, '4': 1, '5': 3, '6': 8 },
      positive: 11,
      typvarde: ['6'],
      riksnitt: { all: 75, kvinna: 76, man: 73 },
      vsRiksnitt: 'lower', // printed 73 against 75: −2, though 73.33 − 75 is only −1.67
      previous: { n: 10, positive: 5, share: 50 },
      trend: 'up',
    });
    expect(dp1.share).toBeCloseTo(73.3333333333, 8);
    expect(dp1.ci95?.[0]).toBeCloseTo(48.05, 2);
    expect(dp1.ci95?.[1]).toBeCloseTo(89.1, 2);
    // annat (1) is hidden, so man (6, the smallest published) is hidden too.
    expect(dp1.byGender).toEqual({
      kvinna: { n: 8, positive: 6, share: 75 },
      man: { suppressed: true },
      annat: { suppressed: true },
    });
  });

  it('leaves skipped answers out of n and counts top3 as positive', () => {
    const dp6 = question('DP6');
    expect(dp6).toMatchObject({
      keyFigure: 'top3',
      n: 12,
      distribution: { '1': 1, '2': 1, '3': 4, '4': 3, '5': 1, '6': 2 },
      positive: 6,
      share: 50,
      typvarde: ['3'],
      vsRiksnitt: 'lower',
      previous: { n: 0, positive: 0, share: null },
      trend: null,
    });
  });

  it('counts ja for yes/no questions and hides a published cell that would reveal the rest', () => {
    const dp4 = question('DP4');
    expect(dp4).toMatchObject({
      keyFigure: 'yes',
      n: 13,
      distribution: { ja: 7, nej: 6 },
      positive: 7,
      typvarde: ['ja'],
      vsRiksnitt: 'lower',
    });
    expect(dp4.share).toBeCloseTo(53.846153846, 8);
    // man 5 + annat 0 hidden hold 5 answers: kvinna (8) must go as well.
    expect(dp4.byGender).toEqual({
      kvinna: { suppressed: true },
      man: { suppressed: true },
      annat: { suppressed: true },
    });
  });

  it('reports a question nobody answered with n = 0 and no figures', () => {
    expect(question('DP2')).toEqual({
      id: 'DP2',
      group: 'deltagare-pagaende',
      indicator: 2,
      keyFigure: 'top2',
      n: 0,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 },
      positive: 0,
      share: null,
      ci95: null,
      typvarde: [],
      byGender: {
        kvinna: { suppressed: true },
        man: { suppressed: true },
        annat: { suppressed: true },
      },
      riksnitt: { all: 78, kvinna: 77, man: 78 },
      vsRiksnitt: null,
      previous: {
        n: 0,
        positive: 0,
        share: null,
        byGender: {
          kvinna: { suppressed: true },
          man: { suppressed: true },
          annat: { suppressed: true },
        },
      },
      trend: null,
    });
    expect(question('S1').riksnitt).toBeNull();
  });

  it('gives one verdict per indicator on the mean of printed differences, null without any', () => {
    const verdicts = new Map(report.indicators.map((i) => [i.indicator, i]));
    expect(report.indicators).toHaveLength(16);
    expect(verdicts.get(1)).toMatchObject({ indicator: 1, vsRiksnitt: 'lower', trend: 'up' });
    // DP3 100 against 79 (+21), P1 0 against 72 (−72): the mean −25.5 is lower, not mixed.
    expect(verdicts.get(3)).toMatchObject({ indicator: 3, vsRiksnitt: 'lower', trend: null });
    expect(verdicts.get(4)).toMatchObject({ indicator: 4, vsRiksnitt: 'lower', trend: null });
    expect(verdicts.get(7)).toMatchObject({ indicator: 7, vsRiksnitt: 'lower', trend: null });
    expect(verdicts.get(11)).toEqual({
      indicator: 11,
      vsRiksnitt: null,
      trend: null,
      byGender: {
        kvinna: { vsRiksnitt: null, trend: null },
        man: { vsRiksnitt: null, trend: null },
      },
    });
  });

  it('has no previous figures or trend without a previous round, and year null when not given', () => {
    const plain = buildReport({ instrument: nns, tally: current });
    expect(plain.year).toBeNull();
    const published = plain.questions.filter((q): q is QuestionFigures => !isWithheld(q));
    expect(published).toHaveLength(plain.questions.length);
    expect(published.every((q) => q.previous === null && q.trend === null)).toBe(true);
    expect(published.every((q) => q.riksnitt === null && q.vsRiksnitt === null)).toBe(true);
  });

  it('filters by group and adds response rates where the number asked is known', () => {
    const only = buildReport({
      instrument: nns,
      tally: current,
      groups: ['personal'],
      asked: new Map([['personal', 4]]),
      nationalResponseRates: new Map([['personal', 79]]),
    });
    expect(only.groups).toEqual([
      {
        group: 'personal',
        responses: 3,
        byGender: { kvinna: 3, man: 0, annat: 0 },
        asked: 4,
        responseRate: 75,
        nationalResponseRate: 79,
      },
    ]);
    expect(only.questions.every((q) => q.group === 'personal')).toBe(true);
    expect(only.indicators.find((i) => i.indicator === 3)?.vsRiksnitt).toBeNull();
  });

  it('rates only the answers that came through the links the number asked belongs to', () => {
    // 3 personal answered, but only 1 through the link that asked 4 people: 25 %, not 75 %.
    const only = buildReport({
      instrument: nns,
      tally: current,
      groups: ['personal'],
      asked: new Map([['personal', 4]]),
      answeredOfAsked: new Map([['personal', 1]]),
    });
    expect(only.groups[0]).toMatchObject({
      responses: 3,
      asked: 4,
      answeredOfAsked: 1,
      responseRate: 25,
    });
    const none = buildReport({
      instrument: nns,
      tally: current,
      groups: ['personal'],
      asked: new Map([['personal', 4]]),
      answeredOfAsked: new Map(),
    });
    expect(none.groups[0]).toMatchObject({ asked: 4, answeredOfAsked: 0, responseRate: 0 });
  });

  it('takes the suppression threshold as a setting', () => {
    const lenient = buildReport({ instrument: nns, tally: current, suppressionThreshold: 1 });
    const dp1 = lenient.questions.find((q) => q.id === 'DP1');
    expect(dp1 && !isWithheld(dp1) && dp1.byGender.annat).toEqual({
      n: 1,
      positive: 1,
      share: 100,
    });
  });
});

describe('buildReport per gender (the kvinnor and män columns of Tabell 10)', () => {
  const of = (kon: Gender, columns: Record<string, number[]>) =>
    respondents(
      'deltagare-pagaende',
      kon,
      columns,
      Math.max(...Object.values(columns).map((c) => c.length)),
    );
  // Now: kvinnor DP1 8 of 10 positive (80 %), män 5 of 10 (50 %); DP2 answered by 6
  // kvinnor and no man; DP3 by 6 kvinnor and 6 män.
  const now = tallyResponses([
    ...of('kvinna', {
      DP1: [6, 6, 6, 6, 5, 5, 5, 5, 1, 2],
      DP2: [6, 6, 6, 6, 6, 1],
      DP3: [6, 6, 6, 6, 6, 6],
    }),
    ...of('man', { DP1: [6, 6, 6, 5, 5, 1, 1, 1, 1, 2], DP3: [6, 6, 6, 6, 6, 6] }),
  ]);
  // Last year: kvinnor DP1 4 of 8 (50 %), män 7 of 7 (100 %).
  const before = tallyResponses([
    ...of('kvinna', { DP1: [6, 6, 5, 5, 1, 1, 2, 2] }),
    ...of('man', { DP1: [6, 6, 6, 6, 5, 5, 5] }),
  ]);
  const rk = new Map([
    ['DP1', { all: 65, kvinna: 75.5, man: 73 }],
    ['DP2', { all: 70, kvinna: 80, man: 20 }],
    ['DP3', { all: 70, kvinna: 97, man: null }],
  ]);
  const byGender = buildReport({ instrument: nns, tally: now, riksnitt: rk, previous: before });
  const dp1 = byGender.questions.find(
    (q): q is QuestionFigures => q.id === 'DP1' && !isWithheld(q),
  );
  const verdicts = new Map(byGender.indicators.map((i) => [i.indicator, i]));

  it('gives last year its gender cells, suppressed within the previous round', () => {
    expect(dp1?.previous).toEqual({
      n: 15,
      positive: 11,
      share: (100 * 11) / 15,
      byGender: {
        kvinna: { n: 8, positive: 4, share: 50 },
        man: { n: 7, positive: 7, share: 100 },
        annat: { suppressed: true },
      },
    });
  });

  it('judges kvinnor and män against their own riksnitt and their own last year', () => {
    // kvinnor 80 against 76 (75.5 printed) and 50; män 50 against 73 and 100.
    expect(verdicts.get(1)?.byGender).toEqual({
      kvinna: { vsRiksnitt: 'higher', trend: 'up' },
      man: { vsRiksnitt: 'lower', trend: 'down' },
    });
  });

  it('leaves out a suppressed cell, and a question without that riksnitt figure', () => {
    // DP2: kvinnor 5 of 6 (83 %) against 80 is +3; män did not answer it (suppressed).
    expect(verdicts.get(2)?.byGender).toEqual({
      kvinna: { vsRiksnitt: 'higher', trend: null },
      man: { vsRiksnitt: null, trend: null },
    });
    // DP3: kvinnor 100 against 97 is +3; män have no riksnitt figure.
    expect(verdicts.get(3)?.byGender).toEqual({
      kvinna: { vsRiksnitt: 'higher', trend: null },
      man: { vsRiksnitt: null, trend: null },
    });
  });
});
