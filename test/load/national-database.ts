/**
 * @module
 * A database at national scale for the report benchmarks: 80 förbund × 10 years
 * (2012–2021) × the five groups, 1,250 questionnaires per förbund and year, so a million
 * in all. Realistic answers from the seeded generator (skips, gender mixes, DA8 → DA9/10),
 * links with the number asked, riksnitt for the years the examples hold. Stored a
 * transaction per round, in key order (on SQLite with prepared statements, on PostgreSQL
 * in inserts of many rows): the API's insert path would take far longer and is measured
 * by the submissions and import benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createForbund,
  createInsats,
  createLink,
  createRound,
  type DatabaseConnection,
  inTransaction,
  migrateToLatest,
  openDatabase,
  replaceBenchmarksForYear,
  replaceResponseRatesForYear,
  setRoundStatus,
} from '@indikera/db';
import { readResponseRatesCsv, readRiksnittCsv } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { seededRandom, syntheticResponses } from '@indikera/synthetic';
import { sql } from 'kysely';

export const FORBUND = 80;
export const YEARS = Array.from({ length: 10 }, (_, i) => 2012 + i);
/** Per förbund and year; the mix of groups as in a typical förbund, five times over. */
export const PER_ROUND: Readonly<Record<string, number>> = {
  'deltagare-pagaende': 400,
  'deltagare-avslut': 350,
  personal: 250,
  chefer: 175,
  styrelse: 75,
};
const INSATSER = ['Samverkansteam', 'Steget fram', 'Tidsam'];
const examples = new URL('../../examples/', import.meta.url).pathname;

export interface NationalDatabase {
  readonly forbund: number;
  readonly responses: number;
  readonly answers: number;
  readonly seconds: number;
}

async function loadRiksnitt(db: Parameters<typeof replaceBenchmarksForYear>[0]): Promise<void> {
  const riksnitt = readRiksnittCsv(readFileSync(join(examples, 'riksnitt.csv')));
  const rates = readResponseRatesCsv(readFileSync(join(examples, 'riksnitt-svarsfrekvens.csv')));
  if (!riksnitt.ok || !rates.ok) throw new Error('the example riksnitt files are invalid');
  for (const year of new Set(riksnitt.value.map((r) => r.year))) {
    const rows = riksnitt.value.filter((r) => r.year === year);
    await replaceBenchmarksForYear(
      db,
      year,
      rows.map((r) => ({ questionId: r.question, all: r.all, kvinna: r.kvinna, man: r.man })),
    );
  }
  for (const year of new Set(rates.value.map((r) => r.year))) {
    const rows = rates.value.filter((r) => r.year === year);
    await replaceResponseRatesForYear(
      db,
      year,
      rows.map((r) => ({ groupId: r.group, responseRate: r.responseRate })),
    );
  }
}

interface Row {
  readonly id: string;
  readonly round_id: number;
  readonly link_id: number | null;
  readonly group_id: string;
  readonly insats_id: number | null;
  readonly kon: 'kvinna' | 'man' | 'annat' | null;
  readonly channel: 'paper' | 'web';
  readonly answered_on: string;
  readonly answers: ReadonlyMap<string, string | number>;
}

/** Stores a round's rows in one transaction; every round's answers in its first release. */
function storer(connection: DatabaseConnection): (rows: readonly Row[]) => Promise<void> {
  if (connection.dialect === 'sqlite') {
    const { sqlite } = connection;
    // The whole answers index is touched at random (random UUID keys): keep it in memory.
    sqlite.pragma('cache_size = -1048576');
    const responseRow = sqlite.prepare(
      'INSERT INTO responses (id, round_id, link_id, group_id, insats_id, kon, channel, answered_on, batch, release) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)',
    );
    const answerRow = sqlite.prepare(
      'INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)',
    );
    return async (rows) =>
      sqlite.transaction(() => {
        for (const { answers, ...r } of rows) {
          responseRow.run(
            r.id,
            r.round_id,
            r.link_id,
            r.group_id,
            r.insats_id,
            r.kon,
            r.channel,
            r.answered_on,
          );
          for (const [question, value] of answers) answerRow.run(r.id, question, String(value));
        }
      })();
  }
  return (rows) =>
    inTransaction(connection.db, async (trx) => {
      for (let i = 0; i < rows.length; i += 1000) {
        const part = rows.slice(i, i + 1000);
        await trx
          .insertInto('responses')
          .values(part.map(({ answers: _answers, ...r }) => ({ ...r, batch: null, release: 1 })))
          .execute();
        const answers = part.flatMap((r) =>
          [...r.answers].map(([question, value]) => ({
            response_id: r.id,
            question_id: question,
            value: String(value),
          })),
        );
        for (let j = 0; j < answers.length; j += 10_000) {
          await trx
            .insertInto('answers')
            .values(answers.slice(j, j + 10_000))
            .execute();
        }
      }
    });
}

/**
 * Creates the database in `database` (a SQLite file or a PostgreSQL url).
 * @param forbund how many förbund (80 at full scale; fewer for a quick run)
 */
export async function buildNationalDatabase(
  database: string,
  forbund = FORBUND,
): Promise<NationalDatabase> {
  const start = performance.now();
  const instrument = getInstrument('2021');
  const connection = openDatabase(database);
  const { db, close } = connection;
  try {
    await migrateToLatest(db);
    await loadRiksnitt(db);
    const store = storer(connection);
    let responses = 0;
    let answers = 0;
    const random = seededRandom(2021);
    for (let f = 1; f <= forbund; f++) {
      const { id: forbundId } = await createForbund(db, `Samordningsförbundet ${f}`);
      const insatser = new Map<string, number>();
      for (const name of INSATSER) insatser.set(name, (await createInsats(db, forbundId, name)).id);
      for (const year of YEARS) {
        const round = await createRound(db, {
          forbundId,
          name: `Indikatormätning ${year}`,
          year,
          instrumentVersion: instrument.version,
        });
        const links = new Map<string, number>();
        for (const group of instrument.groups) {
          const count = PER_ROUND[group.id] ?? 0;
          const link = await createLink(db, {
            token: `f${f}y${year}${group.id}`,
            roundId: round.id,
            groupId: group.id,
            // About half of those asked answer, as nationally.
            asked: Math.round(count * (1.6 + random() * 0.8)),
          });
          links.set(group.id, link.id);
        }
        const rows = [
          ...syntheticResponses({
            instrument,
            seed: f * 100 + year,
            year,
            counts: PER_ROUND,
            insatser: INSATSER,
            shift: (random() - 0.5) * 0.1,
          }),
        ].map((row) => ({ id: crypto.randomUUID(), row }));
        rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        await store(
          rows.map(({ id, row }) => {
            const paper = row.group.startsWith('deltagare');
            answers += row.answers.size;
            return {
              id,
              round_id: round.id,
              link_id: paper ? null : (links.get(row.group) ?? null),
              group_id: row.group,
              insats_id: row.insats === null ? null : (insatser.get(row.insats) ?? null),
              kon: row.kon,
              channel: paper ? 'paper' : 'web',
              answered_on: row.datum ?? `${year}-06-01`,
              answers: row.answers,
            };
          }),
        );
        responses += rows.length;
        if (year !== YEARS[YEARS.length - 1]) await setRoundStatus(db, round.id, 'closed');
      }
    }
    if (connection.dialect === 'sqlite') connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    // As autovacuum would after a while: the planner's statistics of the loaded tables.
    else await sql`ANALYZE`.execute(db);
    return { forbund, responses, answers, seconds: (performance.now() - start) / 1000 };
  } finally {
    await close();
  }
}
