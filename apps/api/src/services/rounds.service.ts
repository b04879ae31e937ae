/**
 * @module
 * Rounds (mätningar): the rules for creating one (a version of the registry, real
 * calendar days in order), the listing and detail every member reads, and opening and
 * closing, which the survey links see at once.
 */
import {
  countResponsesByDay,
  countResponsesByInsats,
  createRound,
  type Database,
  listRoundsOfForbund,
  type NewRound,
  type Round,
  setRoundStatus,
} from '@indikera/db';
import { isRealDate } from '@indikera/formats';
import type { Kysely } from 'kysely';
import type { FieldError } from '../problem';
import { audited } from './audited';
import { GoneError, InvalidFieldsError } from './domain-errors';
import {
  instrumentVersionIds,
  newestInstrumentVersion,
  roundInstrument,
} from './instruments.service';
import type { SurveyLinks } from './survey-links';

/** A new round as asked for: without a version, it is answered on the newest added. */
export type RoundRequest = Omit<NewRound, 'instrumentVersion'> & {
  readonly instrumentVersion?: string | undefined;
};

/** What is wrong with a new round's fields; empty when nothing is. */
export async function newRoundErrors(db: Kysely<Database>, round: NewRound): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const versions = await instrumentVersionIds(db);
  if (!versions.includes(round.instrumentVersion)) {
    errors.push({
      field: 'instrumentVersion',
      message: `okänd version (finns: ${versions.join(', ')})`,
    });
  }
  for (const field of ['startsOn', 'endsOn'] as const) {
    const day = round[field];
    if (day != null && !isRealDate(day)) errors.push({ field, message: 'ingen dag i kalendern' });
  }
  if (errors.length === 0 && round.startsOn && round.endsOn && round.endsOn < round.startsOn) {
    errors.push({ field: 'endsOn', message: 'slutar före start' });
  }
  return errors;
}

/**
 * Creates an open round on the chosen version of the registry (the newest added when none
 * is chosen), audited; refuses (nothing stored) what `newRoundErrors` names.
 */
export async function createCheckedRound(
  db: Kysely<Database>,
  request: RoundRequest,
  by: number,
): Promise<Round> {
  const round: NewRound = {
    ...request,
    instrumentVersion: request.instrumentVersion ?? (await newestInstrumentVersion(db)),
  };
  const errors = await newRoundErrors(db, round);
  if (errors.length > 0) throw new InvalidFieldsError(errors);
  return audited(
    db,
    (trx) => createRound(trx, round),
    (created) => ({
      userId: by,
      forbundId: round.forbundId,
      action: 'round.create',
      subject: `round:${created.id}`,
    }),
  );
}

/** The rounds of these förbund, newest first (by year, then the latest made). */
export async function roundsOf(
  db: Kysely<Database>,
  forbundIds: readonly number[],
): Promise<Round[]> {
  const rounds: Round[] = [];
  for (const id of forbundIds) rounds.push(...(await listRoundsOfForbund(db, id)));
  return rounds.sort((a, b) => b.year - a.year || b.id - a.id);
}

/** A round with its questionnaires per group and insats, and per day since `since`. */
export async function roundDetail(db: Kysely<Database>, round: Round, since: string) {
  const instrument = await roundInstrument(db, round);
  const byInsats = await countResponsesByInsats(db, round.id);
  const groups = instrument.groups.map((g) => ({
    group: g.id,
    label: g.label,
    responses: byInsats.filter((r) => r.group === g.id).reduce((sum, r) => sum + r.responses, 0),
  }));
  const recentDays = await countResponsesByDay(db, round.id, since);
  return { ...round, groups, byInsats, recentDays };
}

/** Opens or closes a round, audited; its links answer accordingly from the next request. */
export async function setRoundOpen(
  db: Kysely<Database>,
  links: SurveyLinks,
  change: { readonly round: Round; readonly open: boolean; readonly by: number },
): Promise<Round> {
  const { round, open, by } = change;
  requireKept(round);
  const status = open ? 'open' : 'closed';
  await audited(
    db,
    (trx) => setRoundStatus(trx, round.id, status),
    () => ({
      userId: by,
      forbundId: round.forbundId,
      action: open ? 'round.open' : 'round.close',
      subject: `round:${round.id}`,
    }),
  );
  links.forget();
  return { ...round, status };
}

/** A round whose answers were culled (gallrade) has no answers, report or archive left. */
export function requireKept(round: Pick<Round, 'culledOn'>): void {
  if (round.culledOn !== null) {
    throw new GoneError(
      `Svaren gallrades ${round.culledOn}. Rapporten finns kvar i förbundets arkivpaket.`,
    );
  }
}
