/**
 * @module
 * Förbund: the tenants of an installation. Everything else belongs to one of them.
 */
import type { Kysely } from 'kysely';
import type { Database, ForbundRow } from './schema';

export interface Forbund {
  readonly id: number;
  readonly name: string;
  /** `YYYY-MM-DD`. */
  readonly createdOn: string;
  /** Whether its answers count in the installation's pooled figures (riksnivå). */
  readonly pooled: boolean;
}

function toForbund(row: ForbundRow): Forbund {
  return { id: row.id, name: row.name, createdOn: row.created_on, pooled: row.pooled === 1 };
}

/** @example await createForbund(db, 'Samordningsförbundet Norr') */
export async function createForbund(db: Kysely<Database>, name: string): Promise<Forbund> {
  const row = await db
    .insertInto('forbund')
    .values({ name })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toForbund(row);
}

export async function getForbund(db: Kysely<Database>, id: number): Promise<Forbund | undefined> {
  const row = await db.selectFrom('forbund').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toForbund(row);
}

/** Every förbund of the installation, by name. */
export async function listForbund(db: Kysely<Database>): Promise<Forbund[]> {
  const rows = await db.selectFrom('forbund').selectAll().orderBy('name').execute();
  return rows.map(toForbund);
}

/** Whether the förbund's answers count in the pooled figures; false when there is no such förbund. */
export async function setForbundPooled(
  db: Kysely<Database>,
  id: number,
  pooled: boolean,
): Promise<boolean> {
  const result = await db
    .updateTable('forbund')
    .set({ pooled: pooled ? 1 : 0 })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
