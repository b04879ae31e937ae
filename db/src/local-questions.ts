/**
 * @module
 * A round's local questions, as the pure model `LocalQuestion` of @indikera/instrument
 * holds them. The rules (which version, only while the group has no answers, how many)
 * are the service's; these are the queries.
 */
import type { LocalQuestion } from '@indikera/instrument';
import type { Kysely, Selectable } from 'kysely';
import type { Database, LocalQuestionsTable } from './schema';
import { inTransaction } from './transaction';

function toLocalQuestion(row: Selectable<LocalQuestionsTable>): LocalQuestion {
  return {
    group: row.group_id,
    number: row.number,
    text: row.text,
    scale: row.scale,
    positive:
      row.key_figure === null
        ? { answer: row.positive_answer ?? '' }
        : { keyFigure: row.key_figure },
  };
}

function columnsOf(question: Omit<LocalQuestion, 'group' | 'number'>) {
  return {
    text: question.text,
    scale: question.scale,
    key_figure: 'keyFigure' in question.positive ? question.positive.keyFigure : null,
    positive_answer: 'answer' in question.positive ? String(question.positive.answer) : null,
  };
}

/** A round's local questions, group by group in number order. */
export async function listLocalQuestions(
  db: Kysely<Database>,
  roundId: number,
): Promise<LocalQuestion[]> {
  const rows = await db
    .selectFrom('local_questions')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('group_id')
    .orderBy('number')
    .execute();
  return rows.map(toLocalQuestion);
}

/** Adds a question as the group's next number; returns it as stored. */
export async function createLocalQuestion(
  db: Kysely<Database>,
  roundId: number,
  question: Omit<LocalQuestion, 'number'>,
): Promise<LocalQuestion> {
  return inTransaction(db, async (trx) => {
    const last = await trx
      .selectFrom('local_questions')
      .select((eb) => eb.fn.max('number').as('last'))
      .where('round_id', '=', roundId)
      .where('group_id', '=', question.group)
      .executeTakeFirst();
    const row = await trx
      .insertInto('local_questions')
      .values({
        round_id: roundId,
        group_id: question.group,
        number: Number(last?.last ?? 0) + 1,
        ...columnsOf(question),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toLocalQuestion(row);
  });
}

/** Rewrites a question's text, scale and what counts; false when there is no such question. */
export async function updateLocalQuestion(
  db: Kysely<Database>,
  roundId: number,
  question: LocalQuestion,
): Promise<boolean> {
  const result = await db
    .updateTable('local_questions')
    .set(columnsOf(question))
    .where('round_id', '=', roundId)
    .where('group_id', '=', question.group)
    .where('number', '=', question.number)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteLocalQuestion(
  db: Kysely<Database>,
  roundId: number,
  group: string,
  number: number,
): Promise<void> {
  await db
    .deleteFrom('local_questions')
    .where('round_id', '=', roundId)
    .where('group_id', '=', group)
    .where('number', '=', number)
    .execute();
}

/** Whether any questionnaire of the group is stored in the round. */
export async function groupHasResponses(
  db: Kysely<Database>,
  roundId: number,
  group: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('responses')
    .select('id')
    .where('round_id', '=', roundId)
    .where('group_id', '=', group)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The groups of a round that have answers, for the page to say which are locked. */
export async function groupsWithResponses(
  db: Kysely<Database>,
  roundId: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('responses')
    .select('group_id')
    .distinct()
    .where('round_id', '=', roundId)
    .execute();
  return rows.map((r) => r.group_id).sort();
}

/** Copies local questions onto a round, with their numbers (so their ids) unchanged. */
export async function insertLocalQuestions(
  db: Kysely<Database>,
  roundId: number,
  questions: readonly LocalQuestion[],
): Promise<void> {
  if (questions.length === 0) return;
  await db
    .insertInto('local_questions')
    .values(
      questions.map((q) => ({
        round_id: roundId,
        group_id: q.group,
        number: q.number,
        ...columnsOf(q),
      })),
    )
    .execute();
}
