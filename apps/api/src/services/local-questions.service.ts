/**
 * @module
 * A round's local questions: a koordinator adds, rewords and removes them, and carries
 * last year's over on request. A question changes only while its group has no answers in
 * the round: an answer was given to the question as it then read, so rewording it, or
 * removing it, would make stored answers mean something else (and a question added
 * mid-collection would be asked of only some). Each change is audited with it.
 */
import {
  createLocalQuestion,
  type Database,
  deleteLocalQuestion,
  findPreviousRound,
  groupHasResponses,
  insertLocalQuestions,
  listLocalQuestions,
  listMalomraden,
  type Round,
  updateLocalQuestion,
} from '@indikera/db';
import {
  type InstrumentVersion,
  type LocalQuestion,
  localQuestionErrors,
  localQuestionId,
  MAX_LOCAL_QUESTIONS_PER_GROUP,
} from '@indikera/instrument';
import type { Kysely } from 'kysely';
import { audited } from './audited';
import { ConflictError, InvalidFieldsError, NotFoundError } from './domain-errors';
import { instrumentOf } from './instruments.service';

type Change = { readonly round: Round; readonly by: number };

/** What a koordinator writes: the group's number is the platform's to give. */
export type LocalQuestionInput = Omit<LocalQuestion, 'number'>;

export interface LocalQuestionView extends LocalQuestion {
  readonly id: string;
}

/** The round's version without its local questions: what a local question is checked against. */
function version(db: Kysely<Database>, round: Round): Promise<InstrumentVersion> {
  return instrumentOf(db, round.instrumentVersion);
}

/** A round's local questions with their ids, group by group in the version's order. */
export async function roundLocalQuestions(
  db: Kysely<Database>,
  round: Round,
): Promise<LocalQuestionView[]> {
  const instrument = await version(db, round);
  const questions = await listLocalQuestions(db, round.id);
  return instrument.groups.flatMap((g) =>
    questions
      .filter((q) => q.group === g.id)
      .map((q) => ({ ...q, id: localQuestionId(instrument, q.group, q.number) })),
  );
}

function check(instrument: InstrumentVersion, question: LocalQuestion): void {
  const errors = localQuestionErrors(instrument, question);
  if (errors.length > 0) throw new InvalidFieldsError(errors);
}

async function requireNoAnswers(trx: Kysely<Database>, round: Round, group: string) {
  if (await groupHasResponses(trx, round.id, group)) {
    const label = (await version(trx, round)).groups.find((g) => g.id === group)?.label ?? group;
    throw new ConflictError(
      `Gruppen ${label} har redan svar i mätningen. Lokala frågor kan bara läggas till, ändras och tas bort innan gruppen har svar.`,
    );
  }
}

/** The number the database gives the next question of a group (its largest plus one). */
const nextNumber = (inGroup: readonly LocalQuestion[]): number =>
  Math.max(0, ...inGroup.map((q) => q.number)) + 1;

function audit(change: Change, action: string) {
  return (detail: LocalQuestionView | number) => ({
    userId: change.by,
    forbundId: change.round.forbundId,
    action,
    subject: `round:${change.round.id}`,
    detail: typeof detail === 'number' ? { copied: detail } : { question: detail.id },
  });
}

export async function addLocalQuestion(
  db: Kysely<Database>,
  change: Change,
  input: LocalQuestionInput,
): Promise<LocalQuestionView> {
  const { round } = change;
  const instrument = await version(db, round);
  return audited(
    db,
    async (trx) => {
      await requireNoAnswers(trx, round, input.group);
      const inGroup = (await listLocalQuestions(trx, round.id)).filter(
        (q) => q.group === input.group,
      );
      if (inGroup.length >= MAX_LOCAL_QUESTIONS_PER_GROUP) {
        throw new ConflictError(
          `En grupp kan ha högst ${MAX_LOCAL_QUESTIONS_PER_GROUP} lokala frågor.`,
        );
      }
      // Checked with the number it will get: an id the version has is refused by number.
      check(instrument, { ...input, number: nextNumber(inGroup) });
      const created = await createLocalQuestion(trx, round.id, input);
      return { ...created, id: localQuestionId(instrument, created.group, created.number) };
    },
    audit(change, 'local-question.add'),
  );
}

/** The stored question behind an id such as `LDA1` (or 404), while its group has no answers. */
async function changeableLocal(
  db: Kysely<Database>,
  round: Round,
  id: string,
): Promise<LocalQuestionView> {
  const found = (await roundLocalQuestions(db, round)).find(
    (q) => q.id.toUpperCase() === id.toUpperCase(),
  );
  if (!found) throw new NotFoundError('Mätningen har ingen sådan lokal fråga.');
  await requireNoAnswers(db, round, found.group);
  return found;
}

export async function changeLocalQuestion(
  db: Kysely<Database>,
  change: Change,
  id: string,
  input: Omit<LocalQuestionInput, 'group'>,
): Promise<LocalQuestionView> {
  const { round } = change;
  const instrument = await version(db, round);
  return audited(
    db,
    async (trx) => {
      const changed = { ...(await changeableLocal(trx, round, id)), ...input };
      check(instrument, changed);
      await updateLocalQuestion(trx, round.id, changed);
      return changed;
    },
    audit(change, 'local-question.change'),
  );
}

export function removeLocalQuestion(
  db: Kysely<Database>,
  change: Change,
  id: string,
): Promise<LocalQuestionView> {
  const { round } = change;
  return audited(
    db,
    async (trx) => {
      const found = await changeableLocal(trx, round, id);
      const areas = await listMalomraden(trx, round.id);
      const target = areas
        .flatMap((a) => a.targets)
        .find((t) => t.kind === 'question' && t.questions.includes(found.id));
      if (target) {
        throw new ConflictError(
          `Frågan ${found.id} används i ett mål i det sociala bokslutet. Ta bort målet först.`,
        );
      }
      await deleteLocalQuestion(trx, round.id, found.group, found.number);
      return found;
    },
    audit(change, 'local-question.remove'),
  );
}

/**
 * Copies the förbund's previous round's local questions onto a round that has none, with
 * the same ids; refused where one would not fit the round's version or its group already
 * has answers. How many were copied.
 */
export async function carryOverLocalQuestions(
  db: Kysely<Database>,
  change: Change,
): Promise<number> {
  const { round } = change;
  const instrument = await version(db, round);
  return audited(
    db,
    async (trx) => {
      if ((await listLocalQuestions(trx, round.id)).length > 0) {
        throw new ConflictError(
          'Mätningen har redan lokala frågor. Ta bort dem först för att hämta förra årets.',
        );
      }
      const previous = await findPreviousRound(trx, round.forbundId, round.year);
      const questions = previous ? await listLocalQuestions(trx, previous.id) : [];
      if (questions.length === 0) {
        throw new ConflictError('Förra årets mätning har inga lokala frågor att hämta.');
      }
      for (const q of questions) {
        if (localQuestionErrors(instrument, q).length > 0) {
          throw new ConflictError(
            `Förra årets fråga ”${q.text.slice(0, 40)}” passar inte mätningens enkät.`,
          );
        }
        await requireNoAnswers(trx, round, q.group);
      }
      await insertLocalQuestions(trx, round.id, questions);
      return questions.length;
    },
    audit(change, 'local-question.copy'),
  );
}
