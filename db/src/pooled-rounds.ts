/**
 * @module
 * The rounds in the installation's pooled figures (riksnivå): the closed, not culled
 * rounds of the förbund that let their answers count.
 */
import type { Kysely } from 'kysely';
import { type Round, toRound } from './rounds';
import type { Database } from './schema';

/** A year and instrument version the pooled figures exist for, with how many förbund. */
export interface PooledEdition {
  readonly year: number;
  readonly instrumentVersion: string;
  readonly forbund: number;
}

function pooledRounds(db: Kysely<Database>) {
  return db
    .selectFrom('rounds')
    .innerJoin('forbund', 'forbund.id', 'rounds.forbund_id')
    .where('forbund.pooled', '=', 1)
    .where('rounds.status', '=', 'closed')
    .where('rounds.culled_on', 'is', null);
}

/** The pooled rounds of one year and version, by förbund and id. */
export async function listPooledRounds(
  db: Kysely<Database>,
  year: number,
  instrumentVersion: string,
): Promise<Round[]> {
  const rows = await pooledRounds(db)
    .selectAll('rounds')
    .where('rounds.year', '=', year)
    .where('rounds.instrument_version', '=', instrumentVersion)
    .orderBy('rounds.forbund_id')
    .orderBy('rounds.id')
    .execute();
  return rows.map(toRound);
}

/** Every year and version with pooled rounds, newest first. */
export async function listPooledEditions(db: Kysely<Database>): Promise<PooledEdition[]> {
  const rows = await pooledRounds(db)
    .select(({ fn }) => [
      'rounds.year',
      'rounds.instrument_version',
      fn.count<number | string | bigint>('rounds.forbund_id').distinct().as('forbund'),
    ])
    .groupBy(['rounds.year', 'rounds.instrument_version'])
    .orderBy('rounds.year', 'desc')
    .orderBy('rounds.instrument_version')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    instrumentVersion: r.instrument_version,
    forbund: Number(r.forbund),
  }));
}
