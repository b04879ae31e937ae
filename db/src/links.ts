/**
 * @module
 * Links: an unguessable token per respondent group (and insats) of a round, opened at
 * `/s/<token>`. A revoked link takes no more answers; what it collected stays.
 */
import type { Kysely } from 'kysely';
import type { Database, LinkRow } from './schema';

export interface Link {
  readonly id: number;
  readonly token: string;
  readonly roundId: number;
  readonly groupId: string;
  readonly insatsId: number | null;
  /** Answered on a shared tablet at the insats rather than on the respondent's own device. */
  readonly kiosk: boolean;
  /** How many were asked through the link, for svarsfrekvens; null when unknown. */
  readonly asked: number | null;
  readonly revoked: boolean;
  /** `YYYY-MM-DD`. */
  readonly createdOn: string;
}

export interface NewLink {
  /** Made by the caller from a secure random source. */
  readonly token: string;
  readonly roundId: number;
  readonly groupId: string;
  readonly insatsId?: number | null;
  readonly kiosk?: boolean;
  readonly asked?: number | null;
}

function toLink(row: LinkRow): Link {
  return {
    id: row.id,
    token: row.token,
    roundId: row.round_id,
    groupId: row.group_id,
    insatsId: row.insats_id,
    kiosk: row.kiosk === 1,
    asked: row.asked,
    revoked: row.revoked === 1,
    createdOn: row.created_on,
  };
}

export async function createLink(db: Kysely<Database>, link: NewLink): Promise<Link> {
  const row = await db
    .insertInto('links')
    .values({
      token: link.token,
      round_id: link.roundId,
      group_id: link.groupId,
      insats_id: link.insatsId ?? null,
      kiosk: link.kiosk ? 1 : 0,
      asked: link.asked ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLink(row);
}

/** Revoked links are found too: the caller tells the respondent the link is closed. */
export async function getLinkByToken(
  db: Kysely<Database>,
  token: string,
): Promise<Link | undefined> {
  const row = await db
    .selectFrom('links')
    .selectAll()
    .where('token', '=', token)
    .executeTakeFirst();
  return row && toLink(row);
}

/** The round's links with how many questionnaires each has brought in. */
export async function getLink(db: Kysely<Database>, id: number): Promise<Link | undefined> {
  const row = await db.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toLink(row);
}

export async function listLinksOfRound(
  db: Kysely<Database>,
  roundId: number,
): Promise<(Link & { readonly responses: number })[]> {
  const rows = await db
    .selectFrom('links')
    .leftJoin('responses', 'responses.link_id', 'links.id')
    .selectAll('links')
    .select((eb) => eb.fn.count<number>('responses.id').as('responses'))
    .where('links.round_id', '=', roundId)
    .groupBy('links.id')
    .orderBy('links.group_id')
    .orderBy('links.id')
    .execute();
  return rows.map((row) => ({ ...toLink(row), responses: row.responses }));
}

/** Returns false when there is no such link. */
export async function revokeLink(db: Kysely<Database>, id: number): Promise<boolean> {
  const result = await db
    .updateTable('links')
    .set({ revoked: 1 })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
