/**
 * The attacker: random rounds with several insatser, genders, skipped questions and
 * releases; every filter at every moment. From everything the reports publish it tries
 * every linear combination (every subtraction and sum of published figures, any number of
 * them) and fails on any derived set of 1 to k − 1 respondents, other than a question's
 * total in the round's first release (what the national method always prints).
 */

import { type Gender, genders, getInstrument } from '@indikera/instrument';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { isSuppressed, isWithheld } from './report-types';
import type { AnswerCount, ResponseCount, Tally } from './tally';

const instrument = getInstrument('2021');
const GROUP = 'deltagare-pagaende';
const QUESTIONS = ['DP1', 'DP2'] as const;
const INSATSER = ['A', 'B', 'C'] as const;

interface Respondent {
  readonly release: number;
  readonly insats: string | null;
  readonly gender: Gender;
  readonly answers: Readonly<Record<string, number | null>>;
}

const respondent = fc.record({
  release: fc.integer({ min: 1, max: 3 }),
  insats: fc.constantFrom<string | null>(null, ...INSATSER),
  gender: fc.constantFrom<Gender>(...genders),
  answers: fc.record({
    DP1: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 6 }),
    DP2: fc.option(fc.integer({ min: 1, max: 6 }), { freq: 2 }),
  }),
});

function tallyOf(people: readonly Respondent[]): Tally {
  const responses: ResponseCount[] = [];
  const answers: AnswerCount[] = [];
  for (const p of people) {
    const where = { gender: p.gender, insats: p.insats, release: p.release, count: 1 };
    responses.push({ group: GROUP, ...where });
    for (const [question, value] of Object.entries(p.answers)) {
      if (value !== null) answers.push({ question, value: String(value), ...where });
    }
  }
  return { responses, answers };
}

/** A published figure: the respondents behind it, by index. */
type Published = { readonly members: readonly number[]; readonly total: boolean };

/**
 * Every figure the reports publish about `question`, as sets of respondents. The set of a
 * figure is found from its n: the view's respondents up to the latest release that gives
 * that n (sets grow with releases, so equal n means the same people).
 */
function publishedSets(
  people: readonly Respondent[],
  question: string,
  threshold: number,
): Published[] {
  const sets: Published[] = [];
  const releases = [...new Set(people.map((p) => p.release))].sort((a, b) => a - b);
  for (const moment of releases) {
    const known = people.filter((p) => p.release <= moment);
    const tally = tallyOf(known);
    for (const view of [null, ...INSATSER]) {
      const report = buildReport({
        instrument,
        tally,
        suppressionThreshold: threshold,
        groups: [GROUP],
        insats: view,
      });
      const q = report.questions.find((x) => x.id === question);
      if (!q || isWithheld(q)) continue;
      const answering = (p: Respondent, through: number) =>
        p.release <= through &&
        p.answers[question] !== null &&
        (view === null || p.insats === view);
      const through = [...releases]
        .reverse()
        .find((r) => r <= moment && known.filter((p) => answering(p, r)).length === q.n);
      const members = (keep: (p: Respondent) => boolean) =>
        people.flatMap((p, i) =>
          through !== undefined && answering(p, through) && keep(p) ? [i] : [],
        );
      if (q.n > 0) {
        expect(through, `n ${q.n} matches no release of the view`).toBeDefined();
        // Only the round's first release may publish a small total (the national method).
        sets.push({ members: members(() => true), total: view === null && moment === 1 });
      }
      for (const g of genders) {
        const cell = q.byGender[g];
        if (isSuppressed(cell) || cell.n === 0) continue;
        const cellMembers = members((p) => p.gender === g);
        expect(cellMembers).toHaveLength(cell.n);
        sets.push({ members: cellMembers, total: false });
      }
    }
  }
  return sets;
}

/** Reduced row echelon form over the reals: small integer matrices, so exact enough. */
function rowSpace(vectors: readonly number[][]): number[][] {
  const basis: number[][] = [];
  const pivots: number[] = [];
  for (const vector of vectors) {
    const v = reduce(basis, pivots, vector);
    const pivot = v.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot === -1) continue;
    const scale = v[pivot] as number;
    const normalised = v.map((x) => x / scale);
    for (let i = 0; i < basis.length; i++) {
      const row = basis[i] as number[];
      const factor = row[pivot] as number;
      if (Math.abs(factor) > 1e-9)
        basis[i] = row.map((x, j) => x - factor * (normalised[j] as number));
    }
    basis.push(normalised);
    pivots.push(pivot);
  }
  return basis.map((row, i) => [pivots[i] as number, ...row]);
}

function reduce(basis: readonly number[][], pivots: readonly number[], vector: readonly number[]) {
  let v = [...vector];
  basis.forEach((row, i) => {
    const factor = v[pivots[i] as number] as number;
    if (Math.abs(factor) > 1e-9) v = v.map((x, j) => x - factor * (row[j] as number));
  });
  return v;
}

function inSpan(space: readonly number[][], vector: readonly number[]): boolean {
  const basis = space.map((row) => row.slice(1));
  const pivots = space.map((row) => row[0] as number);
  return reduce(basis, pivots, vector).every((x) => Math.abs(x) < 1e-9);
}

function* smallUnions(
  weights: readonly number[],
  limit: number,
  from = 0,
  chosen: number[] = [],
  sum = 0,
): Generator<number[]> {
  if (sum > 0) yield chosen;
  for (let i = from; i < weights.length; i++) {
    const w = weights[i] as number;
    if (sum + w <= limit) yield* smallUnions(weights, limit, i + 1, [...chosen, i], sum + w);
  }
}

/** Sets of 1 to k − 1 respondents that a reader can derive, other than allowed totals. */
function disclosures(people: readonly Respondent[], question: string, threshold: number): string[] {
  const sets = publishedSets(people, question, threshold);
  // Respondents in the same published sets are indistinguishable: group them into parts.
  const signature = (i: number) => sets.map((s) => (s.members.includes(i) ? 1 : 0)).join('');
  const parts = new Map<string, number[]>();
  people.forEach((_, i) => {
    if (!sets.some((s) => s.members.includes(i))) return;
    const key = signature(i);
    parts.set(key, [...(parts.get(key) ?? []), i]);
  });
  const partList = [...parts.values()];
  const vectors = sets.map((s) =>
    partList.map((members) => (s.members.includes(members[0] as number) ? 1 : 0)),
  );
  const space = rowSpace(vectors);
  const allowed = new Set(
    sets
      .filter((s) => s.total && s.members.length < threshold)
      .map((s) => [...s.members].sort((a, b) => a - b).join(',')),
  );
  const found: string[] = [];
  for (const union of smallUnions(
    partList.map((m) => m.length),
    threshold - 1,
  )) {
    const vector = partList.map((_, i) => (union.includes(i) ? 1 : 0));
    if (!inSpan(space, vector)) continue;
    const members = union.flatMap((i) => partList[i] as number[]).sort((a, b) => a - b);
    if (!allowed.has(members.join(',')))
      found.push(`${question}: respondents ${members.join(', ')}`);
  }
  return found;
}

describe('disclosure control against an attacker', () => {
  it('lets no combination of published figures single out fewer than k people', () => {
    fc.assert(
      fc.property(
        fc.array(respondent, { minLength: 1, maxLength: 36 }),
        fc.constantFrom(3, 4, 6),
        (people, threshold) => {
          for (const question of QUESTIONS) {
            expect(disclosures(people, question, threshold)).toEqual([]);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('finds the subtraction of the issue when filters are left uncontrolled', () => {
    // The attacker must be able to fail: the same data with every figure published.
    const people: Respondent[] = [
      ...Array.from({ length: 10 }, () => ({
        release: 1,
        insats: 'A',
        gender: 'kvinna' as const,
        answers: { DP1: 5, DP2: null },
      })),
      ...Array.from({ length: 10 }, () => ({
        release: 1,
        insats: 'A',
        gender: 'man' as const,
        answers: { DP1: 4, DP2: null },
      })),
      ...Array.from({ length: 9 }, () => ({
        release: 1,
        insats: 'B',
        gender: 'kvinna' as const,
        answers: { DP1: 6, DP2: null },
      })),
      { release: 1, insats: 'B', gender: 'man', answers: { DP1: 1, DP2: null } },
    ];
    const everything: Published[] = [
      { members: people.map((_, i) => i), total: true },
      { members: people.flatMap((p, i) => (p.gender === 'man' ? [i] : [])), total: false },
      { members: people.flatMap((p, i) => (p.insats === 'A' ? [i] : [])), total: false },
      {
        members: people.flatMap((p, i) => (p.insats === 'A' && p.gender === 'man' ? [i] : [])),
        total: false,
      },
    ];
    const space = rowSpace(
      everything.map((s) => people.map((_, i) => (s.members.includes(i) ? 1 : 0))),
    );
    const beta = people.map((p) => (p.insats === 'B' && p.gender === 'man' ? 1 : 0));
    expect(inSpan(space, beta)).toBe(true);
    expect(disclosures(people, 'DP1', 6)).toEqual([]);
  });
});
