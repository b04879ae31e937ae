/**
 * @module
 * The instrument a round is answered on: its NNS version with the round's local questions
 * after the NNS questions of their group. Every answer, import, report and bokslut of a
 * round takes its questions from here.
 */
import { type Database, listLocalQuestions, type Round } from '@indikera/db';
import { getInstrument, type InstrumentVersion, withLocalQuestions } from '@indikera/instrument';
import type { Kysely } from 'kysely';

export async function localRoundInstrument(
  db: Kysely<Database>,
  round: Pick<Round, 'id' | 'instrumentVersion'>,
): Promise<InstrumentVersion> {
  return withLocalQuestions(
    getInstrument(round.instrumentVersion),
    await listLocalQuestions(db, round.id),
  );
}
