/**
 * @module
 * Insatser: the interventions a förbund runs. Links and responses may name one, so
 * reports can be filtered by insats.
 */
import type { Kysely } from 'kysely';
import type { Database, InsatsRow } from './schema';

export interface Insats {
  readonly id: number;
  readonly forbundId: number;
  readonly name: string;
}

function toInsats(row: InsatsRow): Insats {
  return { id: row.id, forbundId: row.forbund_id, name: row.name };
}

/** Throws when the förbund already has an insats of that name. */
export async function createInsats(
  db: Kysely<Database>,
  forbundId: number,
  name: string,
): Promise<Insats> {
  const row = await db
    .insertInto('insatser')
    .values({ forbund_id: forbundId, name })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toInsats(row);
}

export async function getInsats(db: Kysely<Database>, id: number): Promise<Insats | undefined> {
  const row = await db.selectFrom('insatser').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toInsats(row);
}

/** For imports, where a file names the insats rather than giving its id. */
export async function findInsatsByName(
  db: Kysely<Database>,
  forbundId: number,
  name: string,
): Promise<Insats | undefined> {
  const row = await db
    .selectFrom('insatser')
    .selectAll()
    .where('forbund_id', '=', forbundId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row && toInsats(row);
}

export async function listInsatser(db: Kysely<Database>, forbundId: number): Promise<Insats[]> {
  const rows = await db
    .selectFrom('insatser')
    .selectAll()
    .where('forbund_id', '=', forbundId)
    .orderBy('name')
    .execute();
  return rows.map(toInsats);
}

export async function renameInsats(db: Kysely<Database>, id: number, name: string): Promise<void> {
  await db.updateTable('insatser').set({ name }).where('id', '=', id).execute();
}
