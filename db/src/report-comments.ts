/**
 * @module
 * The words a koordinator writes into a round's report: a Sammanfattning for the whole
 * report and a Kommentar per indicator. Stored per round; an empty text removes one.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Where the Sammanfattning is kept: indicators are numbered from 1. */
const SAMMANFATTNING = 0;

export interface ReportComments {
  /** '' when none is written. */
  readonly sammanfattning: string;
  /** In indicator order, only those written. */
  readonly kommentarer: readonly { readonly indicator: number; readonly text: string }[];
}

export interface ReportCommentsChange {
  readonly sammanfattning?: string;
  readonly kommentarer?: readonly { readonly indicator: number; readonly text: string }[];
}

export async function getReportComments(
  db: Kysely<Database>,
  roundId: number,
): Promise<ReportComments> {
  const rows = await db
    .selectFrom('report_comments')
    .select(['indicator', 'text'])
    .where('round_id', '=', roundId)
    .orderBy('indicator')
    .execute();
  return {
    sammanfattning: rows.find((r) => r.indicator === SAMMANFATTNING)?.text ?? '',
    kommentarer: rows.filter((r) => r.indicator !== SAMMANFATTNING),
  };
}

async function saveOne(
  db: Kysely<Database>,
  roundId: number,
  indicator: number,
  text: string,
  by: { readonly userId: number | null; readonly day: string },
): Promise<void> {
  if (text === '') {
    await db
      .deleteFrom('report_comments')
      .where('round_id', '=', roundId)
      .where('indicator', '=', indicator)
      .execute();
    return;
  }
  const values = { text, updated_on: by.day, updated_by: by.userId };
  await db
    .insertInto('report_comments')
    .values({ round_id: roundId, indicator, ...values })
    .onConflict((oc) => oc.columns(['round_id', 'indicator']).doUpdateSet(values))
    .execute();
}

/**
 * Writes what the change names and leaves the rest; call it in a transaction.
 * @example await saveReportComments(trx, 7, { kommentarer: [{ indicator: 1, text: 'Bättre än i fjol.' }] }, { userId: 3, day: '2021-11-30' })
 */
export async function saveReportComments(
  db: Kysely<Database>,
  roundId: number,
  change: ReportCommentsChange,
  by: { readonly userId: number | null; readonly day: string },
): Promise<void> {
  if (change.sammanfattning !== undefined) {
    await saveOne(db, roundId, SAMMANFATTNING, change.sammanfattning, by);
  }
  for (const k of change.kommentarer ?? []) await saveOne(db, roundId, k.indicator, k.text, by);
}
