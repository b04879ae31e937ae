/**
 * @module
 * A database at national scale for the report benchmarks: 80 förbund × 10 years
 * (2012–2021) × the five groups, 1,250 questionnaires per förbund and year, so a million
 * in all. Realistic answers from the seeded generator (skips, gender mixes, DA8 → DA9/10),
 * links with the number asked, riksnitt for the years the examples hold. Stored with
 * prepared statements, a transaction per round, in key order: the API's insert path
 * would take far longer and is measured by the submissions and import benchmarks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createForbund,
  createInsats,
  createLink,
  createRound,
  migrateToLatest,
  openSqlite,
  replaceBenchmarksForYear,
  replaceResponseRatesForYear,
  setRoundStatus,
} from '@indikera/db';
import { readResponseRatesCsv, readRiksnittCsv } from '@indikera/formats';
import { getInstrument } from '@indikera/instrument';
import { seededRandom, syntheticResponses } from '@indikera/synthetic';

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

/**
 * Creates the database in `file`.
 * @param forbund how many förbund (80 at full scale; fewer for a quick run)
 */
export async function buildNationalDatabase(
  file: string,
  forbund = FORBUND,
): Promise<NationalDatabase> {
  const start = performance.now();
  const instrument = getInstrument('2021');
  const { db, sqlite, close } = openSqlite(`file:${file}`);
  try {
    await migrateToLatest(db);
    await loadRiksnitt(db);
    // The whole answers index is touched at random (random UUID keys): keep it in memory.
    sqlite.pragma('cache_size = -1048576');
    const responseRow = sqlite.prepare(
      // Every round's answers are in its first release, as in rounds that have been closed.
      'INSERT INTO responses (id, round_id, link_id, group_id, insats_id, kon, channel, answered_on, batch, release) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 1)',
    );
    const answerRow = sqlite.prepare(
      'INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)',
    );
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
        sqlite.transaction(() => {
          for (const { id, row } of rows) {
            const paper = row.group.startsWith('deltagare');
            responseRow.run(
              id,
              round.id,
              paper ? null : (links.get(row.group) ?? null),
              row.group,
              row.insats === null ? null : (insatser.get(row.insats) ?? null),
              row.kon,
              paper ? 'paper' : 'web',
              row.datum ?? `${year}-06-01`,
            );
            for (const [question, value] of row.answers) {
              answerRow.run(id, question, String(value));
            }
            answers += row.answers.size;
          }
        })();
        responses += rows.length;
        if (year !== YEARS[YEARS.length - 1]) await setRoundStatus(db, round.id, 'closed');
      }
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { forbund, responses, answers, seconds: (performance.now() - start) / 1000 };
  } finally {
    await close();
  }
}
