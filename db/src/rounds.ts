/**
 * @module
 * Rounds (mätningar): one year's collection for a förbund, answered on one instrument
 * version.
 */
import type { Kysely } from 'kysely';
import type { Database, RoundRow, RoundStatus } from './schema';
import { inTransaction } from './transaction';

export interface Round {
  readonly id: number;
  readonly forbundId: number;
  readonly name: string;
  readonly year: number;
  readonly instrumentVersion: string;
  /** `YYYY-MM-DD` or null. */
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly status: RoundStatus;
  /** `YYYY-MM-DD`: from this day the answers may be culled; null: kept until decided. */
  readonly cullAfter: string | null;
  /** `YYYY-MM-DD`: the day the answers were culled (gallrade); null while kept. */
  readonly culledOn: string | null;
}

export interface NewRound {
  readonly forbundId: number;
  readonly name: string;
  readonly year: number;
  readonly instrumentVersion: string;
  readonly startsOn?: string | null;
  readonly endsOn?: string | null;
}

function toRound(row: RoundRow): Round {
  return {
    id: row.id,
    forbundId: row.forbund_id,
    name: row.name,
    year: row.year,
    instrumentVersion: row.instrument_version,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    cullAfter: row.cull_after,
    culledOn: row.culled_on,
  };
}

/** Creates an open round. */
export async function createRound(db: Kysely<Database>, round: NewRound): Promise<Round> {
  const row = await db
    .insertInto('rounds')
    .values({
      forbund_id: round.forbundId,
      name: round.name,
      year: round.year,
      instrument_version: round.instrumentVersion,
      starts_on: round.startsOn ?? null,
      ends_on: round.endsOn ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRound(row);
}

export async function getRound(db: Kysely<Database>, id: number): Promise<Round | undefined> {
  const row = await db.selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRound(row);
}

/** The förbund's rounds, newest year first. */
export async function listRoundsOfForbund(
  db: Kysely<Database>,
  forbundId: number,
): Promise<Round[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('forbund_id', '=', forbundId)
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRound);
}

/**
 * Opens or closes a round; a closed round takes no more answers. Closing releases the
 * answers that wait into the report, as the round's next release.
 */
export async function setRoundStatus(
  db: Kysely<Database>,
  id: number,
  status: RoundStatus,
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.updateTable('rounds').set({ status }).where('id', '=', id).execute();
    if (status === 'closed') await releaseWaiting(trx, id);
  });
}

/**
 * Releases the answers of a round that wait into its report, as its next release: what
 * closing does. Run it inside the transaction that stores them, for answers added to a
 * round already closed (an import of a past year's data), so that none wait for a closing
 * that may never come.
 */
export async function releaseWaiting(trx: Kysely<Database>, roundId: number): Promise<void> {
  const last = await trx
    .selectFrom('responses')
    .select((eb) => eb.fn.max('release').as('release'))
    .where('round_id', '=', roundId)
    .executeTakeFirst();
  await trx
    .updateTable('responses')
    .set({ release: (last?.release ?? 0) + 1 })
    .where('round_id', '=', roundId)
    .where('release', 'is', null)
    .execute();
}

/**
 * The rounds a report sets side by side with its own: per earlier year the förbund's
 * most recently created round, the `limit` latest years, oldest first.
 */
export async function findEarlierRounds(
  db: Kysely<Database>,
  forbundId: number,
  year: number,
  limit: number,
): Promise<Round[]> {
  const rows = await db
    .selectFrom('rounds')
    .selectAll()
    .where('forbund_id', '=', forbundId)
    .where('year', '<', year)
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const latest = new Map<number, Round>();
  for (const row of rows) if (!latest.has(row.year)) latest.set(row.year, toRound(row));
  return [...latest.values()].slice(0, limit).reverse();
}

/**
 * The round a report compares with: the förbund's round of the year before, the most
 * recently created one when there are several.
 */
export async function findPreviousRound(
  db: Kysely<Database>,
  forbundId: number,
  year: number,
): Promise<Round | undefined> {
  const row = await db
    .selectFrom('rounds')
    .selectAll()
    .where('forbund_id', '=', forbundId)
    .where('year', '=', year - 1)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toRound(row);
}
