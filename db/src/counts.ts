/**
 * @module
 * Counting for reports: SQL counts answers per question, value and gender, and
 * `@indikera/indicators` turns the counts into figures, exactly as it does for a CSV
 * counted in memory.
 */

import type { Tally } from '@indikera/indicators';
import type { Gender } from '@indikera/instrument';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from './schema';
import { inTransaction } from './transaction';

/** Which responses of a round to count: one insats, one respondent group, or both. */
export interface TallyFilter {
  readonly insatsId?: number;
  readonly group?: string;
}

/** An unanswered kön is counted with `annat`, as the national reports count it. */
const gender = sql<Gender>`coalesce(responses.kon, 'annat')`;

function ofRound(roundId: number, filter: TallyFilter) {
  return (eb: ExpressionBuilder<Database, 'responses'>) => {
    const conditions = [eb('responses.round_id', '=', roundId)];
    if (filter.insatsId !== undefined) {
      conditions.push(eb('responses.insats_id', '=', filter.insatsId));
    }
    if (filter.group !== undefined) conditions.push(eb('responses.group_id', '=', filter.group));
    return eb.and(conditions);
  };
}

/** The insats as the report engine keys it: its id as text, or null. */
const insats = sql<string | null>`cast(responses.insats_id as text)`;

/**
 * Questionnaires per group, gender, insats and release, and answers per question, value,
 * gender, insats and release: always the whole round (or one group), never one insats,
 * because disclosure control must see what a filtered view leaves out. Both counts come
 * from one snapshot, so they agree even while answers arrive.
 * @example const tally = await tallyRound(db, round.id, { group: 'styrelse' })
 */
export async function tallyRound(
  db: Kysely<Database>,
  roundId: number,
  filter: Pick<TallyFilter, 'group'> = {},
): Promise<Tally> {
  const whole = ofRound(roundId, { group: filter.group });
  return inTransaction(db, async (trx) => {
    const responses = await trx
      .selectFrom('responses')
      .select((eb) => [
        'responses.group_id as group',
        gender.as('gender'),
        insats.as('insats'),
        'responses.release',
        eb.fn.countAll<number>().as('count'),
      ])
      .where(whole)
      .groupBy(['responses.group_id', gender, 'responses.insats_id', 'responses.release'])
      .orderBy('group')
      .orderBy('gender')
      .execute();
    const answers = await trx
      .selectFrom('answers')
      .innerJoin('responses', 'responses.id', 'answers.response_id')
      .select((eb) => [
        'answers.question_id as question',
        'answers.value',
        gender.as('gender'),
        insats.as('insats'),
        'responses.release',
        eb.fn.countAll<number>().as('count'),
      ])
      .where(whole)
      .groupBy([
        'answers.question_id',
        'answers.value',
        gender,
        'responses.insats_id',
        'responses.release',
      ])
      .orderBy('question')
      .orderBy('answers.value')
      .orderBy('gender')
      .execute();
    return { responses, answers };
  });
}

/**
 * People asked per respondent group, from the links' numbers, for svarsfrekvens. Null for
 * a group none of whose links says how many were asked. Revoked links count: the people
 * were asked all the same.
 */
export async function respondentsAsked(
  db: Kysely<Database>,
  roundId: number,
  filter: TallyFilter = {},
): Promise<Map<string, number | null>> {
  let query = db
    .selectFrom('links')
    .select((eb) => ['group_id', eb.fn.sum<number | null>('asked').as('asked')])
    .where('round_id', '=', roundId)
    .groupBy('group_id');
  if (filter.insatsId !== undefined) query = query.where('insats_id', '=', filter.insatsId);
  if (filter.group !== undefined) query = query.where('group_id', '=', filter.group);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.group_id, row.asked]));
}

/**
 * Questionnaires per group that came through a link saying how many were asked: the only
 * answers a number asked is a denominator for. Paper, imports and links without a number
 * asked answer other people. Same filter as `respondentsAsked`.
 */
export async function answeredThroughAskedLinks(
  db: Kysely<Database>,
  roundId: number,
  filter: TallyFilter = {},
): Promise<Map<string, number>> {
  let query = db
    .selectFrom('responses')
    .innerJoin('links', 'links.id', 'responses.link_id')
    .select((eb) => ['links.group_id as group', eb.fn.countAll<number>().as('answered')])
    .where('responses.round_id', '=', roundId)
    .where('links.asked', 'is not', null)
    .groupBy('links.group_id');
  if (filter.insatsId !== undefined) query = query.where('links.insats_id', '=', filter.insatsId);
  if (filter.group !== undefined) query = query.where('links.group_id', '=', filter.group);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.group, row.answered]));
}

export interface InsatsCount {
  readonly group: string;
  readonly insatsId: number | null;
  readonly insatsName: string | null;
  readonly responses: number;
}

/** Questionnaires per group and insats (null: no insats), for a round's overview. */
export async function countResponsesByInsats(
  db: Kysely<Database>,
  roundId: number,
): Promise<InsatsCount[]> {
  const rows = await db
    .selectFrom('responses')
    .leftJoin('insatser', 'insatser.id', 'responses.insats_id')
    .select((eb) => [
      'responses.group_id as group',
      'responses.insats_id as insatsId',
      'insatser.name as insatsName',
      eb.fn.countAll<number>().as('responses'),
    ])
    .where('responses.round_id', '=', roundId)
    // The name too, which the insats determines: PostgreSQL wants every selected column grouped.
    .groupBy(['responses.group_id', 'responses.insats_id', 'insatser.name'])
    .orderBy('responses.group_id')
    // Explicitly: SQLite puts nulls first, PostgreSQL last.
    .orderBy('insatser.name', (ob) => ob.asc().nullsFirst())
    .execute();
  return rows;
}

/** Questionnaires per answering day from `since` (`YYYY-MM-DD`): the round's recent activity. */
export async function countResponsesByDay(
  db: Kysely<Database>,
  roundId: number,
  since: string,
): Promise<{ readonly day: string; readonly responses: number }[]> {
  return db
    .selectFrom('responses')
    .select((eb) => ['answered_on as day', eb.fn.countAll<number>().as('responses')])
    .where('round_id', '=', roundId)
    .where('answered_on', '>=', since)
    .groupBy('answered_on')
    .orderBy('answered_on', 'desc')
    .execute();
}
