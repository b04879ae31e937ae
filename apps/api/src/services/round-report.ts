/**
 * @module
 * The report of a round: SQL counts the answers, the indicator engine computes the
 * figures, with riksnitt of the round's year and the förbund's round of the year before.
 */

import type { Database } from '@indikera/db';
import {
  answeredThroughAskedLinks,
  findPreviousRound,
  getResponseRates,
  getRiksnitt,
  type Round,
  respondentsAsked,
  type TallyFilter,
  tallyRound,
} from '@indikera/db';
import { buildReport, type Report } from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import type { Kysely } from 'kysely';

export async function roundReport(
  db: Kysely<Database>,
  round: Round,
  filter: TallyFilter,
  suppressionThreshold: number,
): Promise<Report> {
  const instrument = getInstrument(round.instrumentVersion);
  const previousRound = await findPreviousRound(db, round.forbundId, round.year);
  const asked = new Map<string, number>();
  for (const [group, n] of await respondentsAsked(db, round.id, filter)) {
    if (n !== null) asked.set(group, n);
  }
  return buildReport({
    instrument,
    tally: await tallyRound(db, round.id, filter),
    year: round.year,
    riksnitt: await getRiksnitt(db, round.year),
    previous: previousRound ? await tallyRound(db, previousRound.id, filter) : null,
    suppressionThreshold,
    groups: filter.group === undefined ? undefined : [filter.group],
    asked,
    answeredOfAsked: await answeredThroughAskedLinks(db, round.id, filter),
    nationalResponseRates: await getResponseRates(db, round.year),
  });
}
