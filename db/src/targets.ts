/**
 * @module
 * The socialt bokslut's målområden and targets (mål) of a round, and the förbund's margin
 * for "nära målet". Targets carry over to a later round on request, outcomes left empty.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, TargetsTable } from './schema';
import { inTransaction } from './transaction';

/** The margin when a förbund has set none: five percentage points. */
export const DEFAULT_TARGET_MARGIN = 5;

interface TargetBase {
  readonly id: number;
  readonly malomradeId: number;
  readonly position: number;
  readonly goal: string;
}

/** On questions of the round: the share of those who answered them with `options`. */
export interface QuestionTarget extends TargetBase {
  readonly kind: 'question';
  readonly questions: readonly string[];
  /** Option codes as stored: `4`, `5`, `ja`. */
  readonly options: readonly string[];
  /** Percent. */
  readonly share: number;
}

/** On a figure no questionnaire gives, entered by hand with its outcome. */
export interface ManualTarget extends TargetBase {
  readonly kind: 'manual';
  readonly statement: string;
  readonly value: number;
  readonly unit: string;
  /** atLeast: the outcome should reach the value; atMost: stay at or below it. */
  readonly direction: 'atLeast' | 'atMost';
  readonly outcome: number | null;
}

export type Target = QuestionTarget | ManualTarget;

export type NewTarget =
  | Omit<QuestionTarget, 'id' | 'malomradeId' | 'position'>
  | Omit<ManualTarget, 'id' | 'malomradeId' | 'position'>;

export interface Malomrade {
  readonly id: number;
  readonly roundId: number;
  readonly position: number;
  readonly name: string;
  readonly targets: readonly Target[];
}

function toTarget(row: Selectable<TargetsTable>): Target {
  const base = {
    id: row.id,
    malomradeId: row.malomrade_id,
    position: row.position,
    goal: row.goal,
  };
  if (row.kind === 'question') {
    return {
      ...base,
      kind: 'question',
      questions: JSON.parse(row.questions ?? '[]') as string[],
      options: JSON.parse(row.options ?? '[]') as string[],
      share: row.target_share ?? 0,
    };
  }
  return {
    ...base,
    kind: 'manual',
    statement: row.statement ?? '',
    value: row.target_value ?? 0,
    unit: row.unit ?? '',
    direction: row.direction ?? 'atLeast',
    outcome: row.outcome,
  };
}

function targetColumns(target: NewTarget) {
  return target.kind === 'question'
    ? {
        goal: target.goal,
        kind: target.kind,
        questions: JSON.stringify(target.questions),
        options: JSON.stringify(target.options),
        target_share: target.share,
      }
    : {
        goal: target.goal,
        kind: target.kind,
        statement: target.statement,
        target_value: target.value,
        unit: target.unit,
        direction: target.direction,
        outcome: target.outcome,
      };
}

/** A round's målområden in order, each with its targets in order. */
export async function listMalomraden(db: Kysely<Database>, roundId: number): Promise<Malomrade[]> {
  const areas = await db
    .selectFrom('malomraden')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const targets =
    areas.length === 0
      ? []
      : await db
          .selectFrom('targets')
          .selectAll()
          .where(
            'malomrade_id',
            'in',
            areas.map((a) => a.id),
          )
          .orderBy('position')
          .orderBy('id')
          .execute();
  return areas.map((a) => ({
    id: a.id,
    roundId: a.round_id,
    position: a.position,
    name: a.name,
    targets: targets.filter((t) => t.malomrade_id === a.id).map(toTarget),
  }));
}

/** The round a målområde belongs to, for checking access. */
export async function roundOfMalomrade(
  db: Kysely<Database>,
  id: number,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('malomraden')
    .select('round_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.round_id;
}

/** The round a target belongs to, and the target. */
export async function getTarget(
  db: Kysely<Database>,
  id: number,
): Promise<{ roundId: number; target: Target } | undefined> {
  const row = await db
    .selectFrom('targets')
    .innerJoin('malomraden', 'malomraden.id', 'targets.malomrade_id')
    .selectAll('targets')
    .select('malomraden.round_id')
    .where('targets.id', '=', id)
    .executeTakeFirst();
  return row && { roundId: row.round_id, target: toTarget(row) };
}

async function nextPosition(
  db: Kysely<Database>,
  table: 'malomraden' | 'targets',
  parent: { column: 'round_id' | 'malomrade_id'; id: number },
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max('position').as('last'))
    // biome-ignore lint/suspicious/noExplicitAny: one column name of either table
    .where(parent.column as any, '=', parent.id)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function createMalomrade(
  db: Kysely<Database>,
  roundId: number,
  name: string,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    const position = await nextPosition(trx, 'malomraden', { column: 'round_id', id: roundId });
    const row = await trx
      .insertInto('malomraden')
      .values({ round_id: roundId, position, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function deleteMalomrade(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('malomraden').where('id', '=', id).execute();
}

export async function createTarget(
  db: Kysely<Database>,
  malomradeId: number,
  target: NewTarget,
): Promise<Target> {
  return inTransaction(db, async (trx) => {
    const position = await nextPosition(trx, 'targets', {
      column: 'malomrade_id',
      id: malomradeId,
    });
    const row = await trx
      .insertInto('targets')
      .values({ malomrade_id: malomradeId, position, ...targetColumns(target) })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toTarget(row);
  });
}

export async function setTargetOutcome(
  db: Kysely<Database>,
  id: number,
  outcome: number | null,
): Promise<void> {
  await db.updateTable('targets').set({ outcome }).where('id', '=', id).execute();
}

export async function deleteTarget(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('targets').where('id', '=', id).execute();
}

/**
 * Copies a round's målområden and targets onto another round, after what it has; the
 * outcomes entered by hand are left empty. Returns how many targets were copied.
 */
export async function copyTargets(
  db: Kysely<Database>,
  fromRoundId: number,
  toRoundId: number,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    let copied = 0;
    for (const area of await listMalomraden(trx, fromRoundId)) {
      const id = await createMalomrade(trx, toRoundId, area.name);
      for (const target of area.targets) {
        await createTarget(
          trx,
          id,
          target.kind === 'manual' ? { ...target, outcome: null } : target,
        );
        copied++;
      }
    }
    return copied;
  });
}

export async function getTargetMargin(db: Kysely<Database>, forbundId: number): Promise<number> {
  const row = await db
    .selectFrom('target_margins')
    .select('points')
    .where('forbund_id', '=', forbundId)
    .executeTakeFirst();
  return row?.points ?? DEFAULT_TARGET_MARGIN;
}

export async function setTargetMargin(
  db: Kysely<Database>,
  forbundId: number,
  points: number,
): Promise<void> {
  await db
    .insertInto('target_margins')
    .values({ forbund_id: forbundId, points })
    .onConflict((oc) => oc.column('forbund_id').doUpdateSet({ points }))
    .execute();
}
