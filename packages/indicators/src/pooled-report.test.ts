import { type Gender, genders, getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import {
  isPooledWithheld,
  type PoolContribution,
  type PooledCell,
  type PooledFigure,
  type PooledReport,
  poolReports,
} from './pooled-report';
import { buildReport } from './report';
import { isSuppressed, isWithheld, type QuestionFigures } from './report-types';
import { type TallyInput, tallyResponses } from './tally';

const nns = getInstrument('2021');

/** `count` board members of one kön, all answering S1 with `value`. */
function board(kon: Gender, count: number, value: number): TallyInput[] {
  return Array.from({ length: count }, () => ({
    group: 'styrelse',
    kon,
    answers: new Map([['S1', value]]),
  }));
}

function contribution(forbund: string, ...people: TallyInput[][]): PoolContribution {
  return { forbund, tally: tallyResponses(people.flat()) };
}

const pool = (...contributions: PoolContribution[]) =>
  poolReports({ instrument: nns, year: 2021, contributions });

function s1(report: PooledReport) {
  const question = report.questions.find((q) => q.id === 'S1');
  if (!question) throw new Error('no S1');
  return question;
}

function figure(cell: PooledCell): PooledFigure {
  if (isPooledWithheld(cell)) throw new Error('withheld');
  return cell;
}

const alfa = contribution('alfa', board('kvinna', 8, 6), board('man', 7, 5));
const beta = contribution('beta', board('kvinna', 6, 5), board('man', 6, 2));
const gamma = contribution('gamma', board('kvinna', 10, 6), board('man', 9, 1));

describe('poolReports', () => {
  it('sums three förbund per question and gender, with typvärde and the number of förbund', () => {
    const question = s1(pool(alfa, beta, gamma));
    expect(figure(question.all)).toEqual({
      n: 46,
      positive: 31,
      share: (100 * 31) / 46,
      typvarde: ['6'],
      forbund: 3,
    });
    expect(figure(question.byGender.kvinna)).toMatchObject({ n: 24, positive: 24, forbund: 3 });
    expect(figure(question.byGender.man)).toMatchObject({ n: 22, positive: 7, typvarde: ['1'] });
    expect(question.byGender.annat).toEqual({ withheld: true });
  });

  it('withholds a cell with fewer than three förbund, however many answers', () => {
    const report = pool(alfa, gamma, contribution('alfa', board('kvinna', 20, 6)));
    expect(report.forbund).toBe(2);
    expect(s1(report).all).toEqual({ withheld: true });
    expect(report.groups.find((g) => g.group === 'styrelse')).toEqual({
      group: 'styrelse',
      withheld: true,
    });
  });

  it('takes another minimum of förbund, never below two', () => {
    const two = (minForbund: number) =>
      s1(poolReports({ instrument: nns, year: 2021, contributions: [alfa, beta], minForbund }));
    expect(figure(two(2).all)).toMatchObject({ n: 27, forbund: 2 });
    expect(two(1).all).toEqual(figure(two(2).all));
    expect(
      s1(poolReports({ instrument: nns, year: 2021, contributions: [alfa], minForbund: 1 })).all,
    ).toEqual({ withheld: true });
  });

  it("counts a förbund's gender cell only where its own report shows it", () => {
    // Delta's 3 men are suppressed in Delta's report (and so are its kvinnor, by the
    // complementary rule): Delta adds to the total only.
    const delta = contribution('delta', board('kvinna', 10, 6), board('man', 3, 1));
    const own = buildReport({ instrument: nns, tally: delta.tally, year: 2021 });
    const ownS1 = own.questions.find((q) => q.id === 'S1') as QuestionFigures;
    expect(isSuppressed(ownS1.byGender.man)).toBe(true);
    const without = s1(pool(alfa, beta, gamma));
    const withDelta = s1(pool(alfa, beta, gamma, delta));
    expect(figure(withDelta.all).n).toBe(figure(without.all).n + 13);
    expect(figure(withDelta.byGender.man)).toEqual(figure(without.byGender.man));
    expect(figure(withDelta.byGender.kvinna)).toEqual(figure(without.byGender.kvinna));
  });

  it("reveals by difference no more than the förbund's own report publishes", () => {
    const delta = contribution(
      'delta',
      board('kvinna', 7, 4),
      board('man', 6, 6),
      board('annat', 2, 3),
    );
    const own = buildReport({ instrument: nns, tally: delta.tally, year: 2021 });
    const ownS1 = own.questions.find((q) => q.id === 'S1');
    if (!ownS1 || isWithheld(ownS1)) throw new Error('S1 withheld');
    const before = s1(pool(alfa, beta, gamma));
    const after = s1(pool(alfa, beta, gamma, delta));
    const difference = (a: PooledCell, b: PooledCell) => figure(a).n - figure(b).n;
    expect(difference(after.all, before.all)).toBe(ownS1.n);
    for (const g of genders) {
      const ownCell = ownS1.byGender[g];
      const published = isSuppressed(ownCell) ? 0 : ownCell.n;
      const changed = isPooledWithheld(after.byGender[g])
        ? 0
        : difference(after.byGender[g], before.byGender[g]);
      expect(changed, g).toBe(published);
    }
  });

  it("leaves out a förbund's total of fewer than k, which its own report shows only to its own", () => {
    // Two board members: the förbund's report publishes S1 (n = 2) to its own readers.
    const tiny = contribution('delta', board('kvinna', 1, 1), board('man', 1, 6));
    const own = buildReport({ instrument: nns, tally: tiny.tally, year: 2021 });
    expect(own.questions.find((q) => q.id === 'S1')).toMatchObject({ n: 2 });
    const before = pool(alfa, beta, gamma);
    const after = pool(alfa, beta, gamma, tiny);
    expect(s1(after)).toEqual(s1(before));
    expect(after.groups).toEqual(before.groups);
  });

  it('pools response rates as the round report computes them, of förbund that know how many they asked', () => {
    const asked = (n: number) => new Map([['styrelse', n]]);
    const answered = (n: number) => new Map([['styrelse', n]]);
    const report = pool(
      { ...alfa, asked: asked(20), answeredOfAsked: answered(15) },
      { ...beta, asked: asked(16), answeredOfAsked: answered(12) },
      { ...gamma, asked: asked(24), answeredOfAsked: answered(19) },
    );
    expect(report.groups.find((g) => g.group === 'styrelse')).toEqual({
      group: 'styrelse',
      responses: 46,
      forbund: 3,
      responseRate: { asked: 60, answeredOfAsked: 46, responseRate: (100 * 46) / 60, forbund: 3 },
    });
    expect(pool(alfa, beta, gamma).groups.find((g) => g.group === 'styrelse')).toMatchObject({
      responseRate: null,
    });
  });

  it('leaves out answers that are not released in the förbund report', () => {
    const late = tallyResponses(board('kvinna', 4, 6)).answers.map((a) => ({
      ...a,
      release: null,
    }));
    const waiting: PoolContribution = {
      forbund: 'delta',
      tally: { responses: alfa.tally.responses, answers: [...alfa.tally.answers, ...late] },
    };
    expect(figure(s1(pool(waiting, beta, gamma)).all).n).toBe(
      figure(s1(pool(alfa, beta, gamma)).all).n,
    );
  });
});
