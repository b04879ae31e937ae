/**
 * @module
 * The report of a round: SQL counts the answers, the indicator engine computes the
 * figures, with riksnitt of the round's year, the förbund's round of the year before, and
 * on request its rounds of up to five earlier years side by side.
 */

import type { Database } from '@indikera/db';
import {
  answeredThroughAskedLinks,
  findEarlierRounds,
  findPreviousRound,
  getResponseRates,
  getRiksnitt,
  type Round,
  respondentsAsked,
  type TallyFilter,
  tallyRound,
} from '@indikera/db';
import {
  buildReport,
  type HistoryRound,
  MAX_HISTORY_ROUNDS,
  type Report,
} from '@indikera/indicators';
import type { Kysely } from 'kysely';
import { roundInstrument } from './instruments.service';

/** The API's report: docs/report-json.md, with what disclosure control needs a reader to know. */
export interface RoundReport extends Report {
  readonly disclosure: {
    /** The smallest number of people a published figure may rest on. */
    readonly threshold: number;
    /** How many times the round has been closed: answers enter the report then. */
    readonly releases: number;
  };
}

/**
 * The report of a round, or of one insats or group of it. The counts are always of the
 * whole round (or group), by insats and release: disclosure control decides what the view
 * may publish from everything it leaves out.
 */
export async function roundReport(
  db: Kysely<Database>,
  round: Round,
  filter: TallyFilter,
  suppressionThreshold: number,
  earlierYears = 0,
): Promise<RoundReport> {
  const instrument = await roundInstrument(db, round);
  const previousRound = await findPreviousRound(db, round.forbundId, round.year);
  const asked = new Map<string, number>();
  for (const [group, n] of await respondentsAsked(db, round.id, filter)) {
    if (n !== null) asked.set(group, n);
  }
  const whole = { group: filter.group };
  const tally = await tallyRound(db, round.id, whole);
  // Earlier years side by side (at most five), each counted whole and controlled on its own.
  const earlier =
    earlierYears > 0
      ? await findEarlierRounds(
          db,
          round.forbundId,
          round.year,
          Math.min(earlierYears, MAX_HISTORY_ROUNDS),
        )
      : [];
  const history: HistoryRound[] = [];
  for (const r of earlier) {
    const tallied = await tallyRound(db, r.id, whole);
    history.push({ year: r.year, instrument: await roundInstrument(db, r), tally: tallied });
  }
  const report = buildReport({
    instrument,
    tally,
    year: round.year,
    riksnitt: await getRiksnitt(db, round.year),
    previous: previousRound ? await tallyRound(db, previousRound.id, whole) : null,
    suppressionThreshold,
    groups: filter.group === undefined ? undefined : [filter.group],
    insats: filter.insatsId === undefined ? null : String(filter.insatsId),
    asked,
    answeredOfAsked: await answeredThroughAskedLinks(db, round.id, filter),
    nationalResponseRates: await getResponseRates(db, round.year),
    ...(history.length > 0 ? { history } : {}),
  });
  const releases = tally.responses.reduce((last, r) => Math.max(last, r.release ?? 0), 0);
  return { ...report, disclosure: { threshold: suppressionThreshold, releases } };
}
