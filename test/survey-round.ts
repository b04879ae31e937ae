/**
 * @module
 * What a respondent posts to a link, for load and fault tests: a database file with a
 * förbund, an open round and a deltagare-avslut link, and full questionnaires (DA1–DA10,
 * DA8 = ja) drawn from the seeded synthetic generator.
 */
import {
  createForbund,
  createInsats,
  createLink,
  createRound,
  migrateToLatest,
  openDatabase,
} from '@indikera/db';
import { type AnswerValue, type Gender, getInstrument } from '@indikera/instrument';
import { syntheticResponses } from '@indikera/synthetic';

export const GROUP = 'deltagare-avslut';

export interface SurveyRound {
  readonly roundId: number;
  readonly linkId: number;
  readonly insatsId: number;
  readonly token: string;
}

/** Migrates a new database (a SQLite file or a url) and gives it an open 2021 round with one link. */
export async function seedSurveyRound(database: string): Promise<SurveyRound> {
  // A path is a SQLite file; a url (`file:…`, `postgres://…`) names its database itself.
  const { db, close } = openDatabase(database);
  try {
    await migrateToLatest(db);
    const forbund = await createForbund(db, 'Samordningsförbundet Last');
    const insats = await createInsats(db, forbund.id, 'Steget fram');
    const round = await createRound(db, {
      forbundId: forbund.id,
      name: 'Indikatormätning 2021',
      year: 2021,
      instrumentVersion: '2021',
    });
    const link = await createLink(db, {
      token: `last${crypto.randomUUID().replaceAll('-', '')}`,
      roundId: round.id,
      groupId: GROUP,
      insatsId: insats.id,
      asked: 100,
    });
    return { roundId: round.id, linkId: link.id, insatsId: insats.id, token: link.token };
  } finally {
    await close();
  }
}

export interface Questionnaire {
  readonly kon: Gender | null;
  readonly answers: ReadonlyMap<string, AnswerValue>;
}

/** `count` realistic deltagare-avslut questionnaires with every question answered. */
export function fullQuestionnaires(count: number, seed = 1): Questionnaire[] {
  const instrument = getInstrument('2021');
  const full: Questionnaire[] = [];
  // About half answer DA8 = ja; only they are asked DA9 and DA10.
  const rows = syntheticResponses({
    instrument,
    seed,
    year: 2021,
    counts: { [GROUP]: count * 4 },
    insatser: [],
    skipRate: 0,
  });
  for (const row of rows) {
    if (full.length === count) break;
    if (row.answers.get('DA8') === 'ja') full.push({ kon: row.kon, answers: row.answers });
  }
  if (full.length < count) throw new Error(`only ${full.length} full questionnaires`);
  return full;
}

/** The JSON a tablet posts to `POST /api/s/:token/responses`. */
export function responseBody(id: string, q: Questionnaire): string {
  return JSON.stringify({ id, kon: q.kon, answers: Object.fromEntries(q.answers) });
}
