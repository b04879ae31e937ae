import { randomUUID } from 'node:crypto';
import { tallyResponses } from '@indikera/indicators';
import type { AnswerValue, Gender } from '@indikera/instrument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answeredThroughAskedLinks, respondentsAsked, tallyRound } from './counts';
import { createInsats } from './insatser';
import { createLink } from './links';
import { insertResponses, type NewResponse } from './responses';
import { createRound } from './rounds';
import { openTestDatabase, seedRound, type TestDatabase } from './test-database';

let t: TestDatabase;
let roundId: number;
let steget: number;
let team: number;
let stored: NewResponse[];

beforeAll(async () => {
  t = await openTestDatabase();
  const { forbund, round } = await seedRound(t);
  roundId = round.id;
  steget = (await createInsats(t.db, forbund.id, 'Steget fram')).id;
  team = (await createInsats(t.db, forbund.id, 'Samverkansteam')).id;
  const other = await createRound(t.db, {
    forbundId: forbund.id,
    name: 'Mätning 2020',
    year: 2020,
    instrumentVersion: '2021',
  });

  const response = (
    groupId: string,
    insatsId: number | null,
    kon: Gender | null,
    answers: [string, AnswerValue][],
    round = roundId,
  ) => ({
    id: randomUUID(),
    roundId: round,
    linkId: null,
    groupId,
    insatsId,
    kon,
    channel: 'paper' as const,
    answeredOn: '2021-05-01',
    batch: null,
    answers: new Map(answers),
  });
  stored = [
    response('deltagare-pagaende', steget, 'kvinna', [['DP1', 6]]),
    response('deltagare-pagaende', steget, 'kvinna', [['DP1', 5]]),
    response('deltagare-pagaende', steget, 'man', [['DP1', 6]]),
    response('deltagare-pagaende', team, null, [['DP1', 6]]),
    response('deltagare-pagaende', team, 'annat', []),
    response('deltagare-avslut', team, 'man', [
      ['DA8', 'ja'],
      ['DA9', 4],
    ]),
    response('styrelse', null, 'kvinna', [['S1', 3]]),
    // Another round: must never be counted.
    response('deltagare-pagaende', steget, 'kvinna', [['DP1', 1]], other.id),
  ];
  await insertResponses(t.db, stored);
});
afterAll(async () => {
  await t.close();
});

/** The counts summed over insats and release, as an unfiltered report sees them. */
function merged<T extends { count: number; insats?: string | null; release?: number | null }>(
  counts: readonly T[],
): Omit<T, 'insats' | 'release'>[] {
  const sums = new Map<string, Omit<T, 'insats' | 'release'>>();
  for (const { insats: _insats, release: _release, ...rest } of counts) {
    const key = JSON.stringify({ ...rest, count: 0 });
    const sum = sums.get(key);
    sums.set(key, { ...rest, count: (sum?.count ?? 0) + rest.count });
  }
  return [...sums.values()];
}

describe('tallyRound', () => {
  it('counts questionnaires per group and gender, with no kön counted as annat', async () => {
    const tally = await tallyRound(t.db, roundId);
    expect(merged(tally.responses)).toEqual([
      { group: 'deltagare-avslut', gender: 'man', count: 1 },
      { group: 'deltagare-pagaende', gender: 'annat', count: 2 },
      { group: 'deltagare-pagaende', gender: 'kvinna', count: 2 },
      { group: 'deltagare-pagaende', gender: 'man', count: 1 },
      { group: 'styrelse', gender: 'kvinna', count: 1 },
    ]);
  });

  it('counts answers per question, value and gender', async () => {
    const tally = await tallyRound(t.db, roundId);
    expect(merged(tally.answers)).toEqual([
      { question: 'DA8', value: 'ja', gender: 'man', count: 1 },
      { question: 'DA9', value: '4', gender: 'man', count: 1 },
      { question: 'DP1', value: '5', gender: 'kvinna', count: 1 },
      { question: 'DP1', value: '6', gender: 'annat', count: 1 },
      { question: 'DP1', value: '6', gender: 'kvinna', count: 1 },
      { question: 'DP1', value: '6', gender: 'man', count: 1 },
      { question: 'S1', value: '3', gender: 'kvinna', count: 1 },
    ]);
  });

  it('keeps the insats and the release of every count, for disclosure control', async () => {
    const tally = await tallyRound(t.db, roundId);
    const ofSteget = tally.responses.filter((r) => r.insats === String(steget));
    expect(ofSteget).toEqual([
      {
        group: 'deltagare-pagaende',
        gender: 'kvinna',
        insats: String(steget),
        release: null,
        count: 2,
      },
      {
        group: 'deltagare-pagaende',
        gender: 'man',
        insats: String(steget),
        release: null,
        count: 1,
      },
    ]);
    expect(tally.responses.find((r) => r.group === 'styrelse')?.insats).toBeNull();
  });

  it('filters by group only: the report of one insats needs the whole group', async () => {
    const byGroup = await tallyRound(t.db, roundId, { group: 'deltagare-pagaende' });
    expect(byGroup.responses.reduce((sum, r) => sum + r.count, 0)).toBe(5);
    expect(byGroup.answers.map((a) => a.question)).toEqual(['DP1', 'DP1', 'DP1', 'DP1']);
    expect(new Set(byGroup.responses.map((r) => r.insats))).toEqual(
      new Set([String(steget), String(team)]),
    );
  });

  it('counts as the command line counts a CSV in memory', async () => {
    const inMemory = tallyResponses(
      stored
        .filter((r) => r.roundId === roundId)
        .map((r) => ({ group: r.groupId, kon: r.kon, answers: r.answers })),
    );
    const sorted = <T>(items: readonly T[]) => items.map((i) => JSON.stringify(i)).sort();
    const tally = await tallyRound(t.db, roundId);
    expect(sorted(merged(tally.responses))).toEqual(sorted(merged(inMemory.responses)));
    expect(sorted(merged(tally.answers))).toEqual(sorted(merged(inMemory.answers)));
  });

  it('gives empty counts for a round without answers', async () => {
    expect(await tallyRound(t.db, 999)).toEqual({ responses: [], answers: [] });
  });
});

describe('respondentsAsked', () => {
  it('sums the links per group, null where no link says how many were asked', async () => {
    const link = (groupId: string, insatsId: number | null, asked: number | null) =>
      createLink(t.db, { token: randomUUID(), roundId, groupId, insatsId, asked });
    await link('deltagare-pagaende', steget, 10);
    await link('deltagare-pagaende', team, 4);
    await link('deltagare-pagaende', team, null);
    await link('styrelse', null, null);

    expect(await respondentsAsked(t.db, roundId)).toEqual(
      new Map([
        ['deltagare-pagaende', 14],
        ['styrelse', null],
      ]),
    );
    expect(await respondentsAsked(t.db, roundId, { insatsId: team })).toEqual(
      new Map([['deltagare-pagaende', 4]]),
    );
    expect(await respondentsAsked(t.db, roundId, { group: 'styrelse' })).toEqual(
      new Map([['styrelse', null]]),
    );
  });
});

describe('answeredThroughAskedLinks', () => {
  it('counts only the answers that came through a link with a number asked', async () => {
    const link = (groupId: string, asked: number | null) =>
      createLink(t.db, { token: randomUUID(), roundId, groupId, insatsId: steget, asked });
    const withAsked = await link('chefer', 20);
    const without = await link('chefer', null);
    const via = (linkId: number | null) => ({
      id: randomUUID(),
      roundId,
      linkId,
      groupId: 'chefer',
      insatsId: steget,
      kon: null,
      channel: 'web' as const,
      answeredOn: '2021-05-02',
      batch: null,
      answers: new Map<string, AnswerValue>([['C1', 5]]),
    });
    // Two through the counted link; one through a link without a number, one on paper.
    await insertResponses(t.db, [via(withAsked.id), via(withAsked.id), via(without.id), via(null)]);
    expect((await answeredThroughAskedLinks(t.db, roundId)).get('chefer')).toBe(2);
    expect(
      (await answeredThroughAskedLinks(t.db, roundId, { insatsId: team })).get('chefer'),
    ).toBeUndefined();
  });
});
