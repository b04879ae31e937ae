/**
 * @module
 * A closed round as an archive package (arkivlagen: the förbund keeps its records until
 * its own gallringsbeslut says otherwise): one ZIP file holding the answers in the
 * responses CSV format, the instrument version they were answered on, the report as JSON
 * and PDF, the koordinator's comments, and a manifest with a SHA-256 checksum of each file.
 */
import { createHash } from 'node:crypto';
import {
  type Database,
  getForbund,
  getReportComments,
  listInsatser,
  listResponsesOfRound,
  type Round,
} from '@indikera/db';
import { writeReportPdf, writeResponsesCsv } from '@indikera/formats';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Kysely } from 'kysely';
import { instrumentFileOf, roundInstrument } from './instruments.service';
import { roundReport } from './round-report';

/** The manifest's own format, so that a reader years later knows what it holds. */
export const ARCHIVE_FORMAT = 'indikera-arkivpaket/1';

export interface ArchiveFile {
  readonly name: string;
  readonly description: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface ArchiveManifest {
  readonly format: typeof ARCHIVE_FORMAT;
  readonly forbund: string;
  readonly round: {
    readonly id: number;
    readonly name: string;
    readonly year: number;
    readonly instrumentVersion: string;
    readonly startsOn: string | null;
    readonly endsOn: string | null;
  };
  /** `YYYY-MM-DD`. */
  readonly createdOn: string;
  readonly responses: number;
  /** The smallest number of people a figure of the report rests on. */
  readonly disclosureThreshold: number;
  readonly files: readonly ArchiveFile[];
}

export interface ArchivePackage {
  readonly fileName: string;
  readonly zip: Uint8Array;
  readonly manifest: ArchiveManifest;
}

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);

function readme(round: Round, forbund: string, withLocal: boolean): Uint8Array {
  return strToU8(
    [
      `Arkivpaket: ${round.name} (${round.year}), ${forbund}`,
      '',
      'svar.csv        Varje enkät en rad, i Indikeras svarsformat (kan läsas in igen).',
      'instrument.json Frågeformulärets version: instrumentfilen, exakt som den lades till.',
      'rapport.json    Indikatorrapporten som data.',
      'rapport.pdf     Indikatorrapporten att läsa och skriva ut.',
      'kommentarer.json Sammanfattning och kommentarer per indikator.',
      ...(withLocal
        ? ['lokala-fragor.json Förbundets egna frågor i mätningen (kolumner i svar.csv).']
        : []),
      'manifest.json   Vad paketet innehåller, med kontrollsumma (SHA-256) för varje fil.',
      '',
      'Svaren är anonyma: ingen tid finare än dagen, ingen IP-adress, ingen enhet.',
      '',
    ].join('\r\n'),
  );
}

function describe(name: string, description: string, bytes: Uint8Array): ArchiveFile {
  return {
    name,
    description,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** Builds the archive package of a round; the caller checks that it is closed and kept. */
export async function archivePackage(
  db: Kysely<Database>,
  round: Round,
  options: {
    readonly today: string;
    readonly threshold: number;
    readonly pooledMinForbund: number;
  },
): Promise<ArchivePackage> {
  const instrument = await roundInstrument(db, round);
  const forbund = (await getForbund(db, round.forbundId))?.name ?? '';
  const insatser = new Map((await listInsatser(db, round.forbundId)).map((i) => [i.id, i.name]));
  const stored = await listResponsesOfRound(db, round.id);
  const rows = stored.map((r) => ({
    group: r.groupId,
    kon: r.kon,
    insats: r.insatsId === null ? null : (insatser.get(r.insatsId) ?? null),
    datum: r.answeredOn,
    answers: r.answers,
  }));
  const report = await roundReport(db, round, {}, options.threshold, 0, options.pooledMinForbund);
  const comments = await getReportComments(db, round.id);
  const title = {
    forbund,
    round: round.name,
    madeOn: options.today,
    threshold: options.threshold,
  };
  // The round's own questions, which the instrument file does not hold: their ids are
  // columns of svar.csv and questions of the report.
  const local = instrument.questions.filter((q) => q.local);
  const files: [string, string, Uint8Array][] = [
    ['LASMIG.txt', 'Vad paketet innehåller, i ord', readme(round, forbund, local.length > 0)],
    [
      'svar.csv',
      'Svaren, en enkät per rad, i svarsformatet',
      strToU8(writeResponsesCsv(rows, instrument)),
    ],
    [
      'instrument.json',
      'Frågeformulärets version: instrumentfilen, exakt som registret har den',
      strToU8(await instrumentFileOf(db, round.instrumentVersion)),
    ],
    ['rapport.json', 'Indikatorrapporten som data', json(report)],
    [
      'rapport.pdf',
      'Indikatorrapporten (A4)',
      await writeReportPdf(report, instrument, title, comments),
    ],
    ['kommentarer.json', 'Sammanfattning och kommentarer', json(comments)],
  ];
  if (local.length > 0) {
    files.push([
      'lokala-fragor.json',
      'Förbundets lokala frågor i mätningen: id, grupp, text, svarsskala och nyckeltal',
      json(
        local.map(({ id, group, number, text, scale, keyFigure }) => ({
          id,
          group,
          number,
          text,
          scale,
          keyFigure,
          positive: instrument.keyFigures[keyFigure]?.positive[scale] ?? [],
        })),
      ),
    ]);
  }
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    forbund,
    round: {
      id: round.id,
      name: round.name,
      year: round.year,
      instrumentVersion: round.instrumentVersion,
      startsOn: round.startsOn,
      endsOn: round.endsOn,
    },
    createdOn: options.today,
    responses: stored.length,
    disclosureThreshold: options.threshold,
    files: files.map(([name, description, bytes]) => describe(name, description, bytes)),
  };
  // Every entry dated the day it was made: a ZIP entry's time says nothing finer.
  const [y, m, d] = options.today.split('-').map(Number);
  const mtime = new Date(y ?? 1980, (m ?? 1) - 1, d ?? 1);
  const entries: Zippable = { 'manifest.json': [json(manifest), { mtime }] };
  for (const [name, , bytes] of files) entries[name] = [bytes, { mtime }];
  const zip = zipSync(entries);
  return { fileName: `arkivpaket-${round.year}-${round.id}.zip`, zip, manifest };
}
