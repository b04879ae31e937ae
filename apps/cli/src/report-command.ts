/**
 * @module
 * `indikera report`: the full indicator report from a responses CSV, without a database,
 * counting in memory what the platform counts in SQL, through the same engine.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatLineErrors,
  type ImportedResponse,
  type ReadResult,
  type RiksnittRow,
  readResponsesCsv,
  readRiksnittCsv,
  riksnittOfYear,
  writeReportCsv,
  writeReportCsvExcel,
} from '@indikera/formats';
import {
  buildReport,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type HistoryRound,
  MAX_HISTORY_ROUNDS,
  type Report,
  tallyResponses,
} from '@indikera/indicators';
import type { InstrumentVersion } from '@indikera/instrument';
import { reportHelp } from './help';
import { instrumentOption, registryVersions } from './instrument-file';
import { CliError, type CliIo } from './io';
import { writeMarkdownReport } from './markdown-report';

const formats = ['json', 'csv', 'csv-raw', 'md'] as const;
type Format = (typeof formats)[number];

interface ReportArgs {
  readonly responses: string;
  readonly previous: string | undefined;
  readonly riksnitt: string | undefined;
  readonly year: number | null;
  readonly format: Format;
  readonly threshold: number;
  readonly instrument: string | undefined;
  /** `--database <url>`: the installation whose registry a version id is looked up in. */
  readonly database: string | undefined;
  /** `--history <year>=<file>`: earlier years' responses, oldest or newest first. */
  readonly history: readonly YearValue[];
  /** `--history-instrument <year>=<version|file.json>`: the version of an earlier year. */
  readonly historyInstrument: readonly YearValue[];
}

interface YearValue {
  readonly year: number;
  readonly value: string;
}

/** Reads `<year>=<value>` options, each year at most once. */
function yearValues(name: string, given: readonly string[] | undefined): YearValue[] {
  const read = (given ?? []).map((text) => {
    const match = /^(\d{4})=(.+)$/.exec(text);
    if (!match?.[1] || !match[2]) {
      throw new CliError(`--${name} skrivs <åååå>=<fil>, inte "${text.slice(0, 40)}"`);
    }
    return { year: Number(match[1]), value: match[2] };
  });
  const years = read.map((y) => y.year);
  const twice = years.find((year, i) => years.indexOf(year) !== i);
  if (twice !== undefined) throw new CliError(`--${name}: året ${twice} finns två gånger`);
  return read;
}

function parseReportArgs(args: readonly string[], io: CliIo): ReportArgs | null {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  const options = {
    riksnitt: { type: 'string' },
    year: { type: 'string' },
    previous: { type: 'string' },
    format: { type: 'string', default: 'json' },
    threshold: { type: 'string' },
    instrument: { type: 'string' },
    database: { type: 'string' },
    history: { type: 'string', multiple: true },
    'history-instrument': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  } as const;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${reportHelp}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(reportHelp);
    return null;
  }
  const [responses, ...extra] = positionals;
  if (responses === undefined || extra.length > 0) {
    throw new CliError(`ange exakt en svarsfil\n\n${reportHelp}`);
  }
  const format = values.format as Format;
  if (!formats.includes(format)) {
    throw new CliError(`--format måste vara json, csv, csv-raw eller md, inte "${values.format}"`);
  }
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new CliError(`--year måste vara ett årtal (åååå), inte "${values.year}"`);
  }
  if ((values.history?.length ?? 0) > MAX_HISTORY_ROUNDS) {
    throw new CliError(`--history: högst ${MAX_HISTORY_ROUNDS} tidigare år`);
  }
  if (values.threshold !== undefined && !/^[1-9]\d*$/.test(values.threshold)) {
    throw new CliError(`--threshold måste vara ett positivt heltal, inte "${values.threshold}"`);
  }
  return {
    responses,
    previous: values.previous,
    riksnitt: values.riksnitt,
    year: values.year === undefined ? null : Number(values.year),
    format,
    threshold:
      values.threshold === undefined ? DEFAULT_SUPPRESSION_THRESHOLD : Number(values.threshold),
    instrument: values.instrument,
    database: values.database,
    history: yearValues('history', values.history),
    historyInstrument: yearValues('history-instrument', values['history-instrument']),
  };
}

async function readInput<T>(
  io: CliIo,
  path: string,
  read: (bytes: Uint8Array) => ReadResult<T>,
  problems: string[],
  prefix: string,
): Promise<T | null> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    problems.push(`${path}: kan inte läsa filen${code === 'ENOENT' ? ' (finns inte)' : ''}`);
    return null;
  }
  const result = read(bytes);
  if (result.ok) return result.value;
  for (const line of formatLineErrors(result)) problems.push(`${prefix}${line}`);
  return null;
}

/** Chooses the riksnitt year: `--year`, or the file's only year. */
function riksnittFor(rows: readonly RiksnittRow[], year: number | null) {
  const years = [...new Set(rows.map((r) => r.year))].sort();
  if (year !== null) return riksnittOfYear(rows, year);
  const [only, ...more] = years;
  if (only === undefined) return new Map();
  if (more.length > 0) {
    throw new CliError(`riksnittfilen har flera år (${years.join(', ')}): välj ett med --year`);
  }
  return riksnittOfYear(rows, only);
}

function render(report: Report, format: Format, instrument: InstrumentVersion): string {
  if (format === 'csv') return writeReportCsvExcel(report, instrument);
  if (format === 'csv-raw') return writeReportCsv(report);
  if (format === 'md') return writeMarkdownReport(report, instrument);
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Each `--history` file read on its year's version (`--history-instrument`, or the report's). */
async function readHistory(
  io: CliIo,
  options: ReportArgs,
  instrument: InstrumentVersion,
  problems: string[],
): Promise<HistoryRound[]> {
  for (const { year } of options.historyInstrument) {
    if (!options.history.some((h) => h.year === year)) {
      throw new CliError(`--history-instrument ${year}: inget --history för det året`);
    }
  }
  const rounds: HistoryRound[] = [];
  for (const { year, value: path } of options.history) {
    const named = options.historyInstrument.find((h) => h.year === year)?.value;
    const version = named ? await instrumentOption(io, named, options.database) : instrument;
    const read = (bytes: Uint8Array) => readResponsesCsv(bytes, version);
    const rows = await readInput(io, path, read, problems, `${basename(path)}: `);
    if (rows) rounds.push({ year, instrument: version, tally: tallyResponses(rows) });
  }
  return rounds;
}

export async function reportCommand(args: readonly string[], io: CliIo): Promise<void> {
  const options = parseReportArgs(args, io);
  if (!options) return;
  // Without --instrument, the answers are on the built-in 2021 questionnaires.
  const instrument = await instrumentOption(io, options.instrument ?? '2021', options.database);
  const problems: string[] = [];
  const readResponses = (bytes: Uint8Array) => readResponsesCsv(bytes, instrument);
  const current = await readInput(io, options.responses, readResponses, problems, '');
  const previous = options.previous
    ? await readInput(
        io,
        options.previous,
        readResponses,
        problems,
        `${basename(options.previous)}: `,
      )
    : null;
  const registry = options.riksnitt ? await registryVersions(options.database) : [];
  const riksnitt = options.riksnitt
    ? await readInput(
        io,
        options.riksnitt,
        (bytes) => readRiksnittCsv(bytes, [...registry, instrument]),
        problems,
        `${basename(options.riksnitt)}: `,
      )
    : null;
  const history = await readHistory(io, options, instrument, problems);
  if (problems.length > 0 || current === null) {
    throw new CliError(problems.join('\n'), 1);
  }
  const report = buildReport({
    instrument,
    tally: tallyResponses(current),
    year: options.year,
    riksnitt: riksnitt ? riksnittFor(riksnitt, options.year) : null,
    previous: previous ? tallyResponses(previous as ImportedResponse[]) : null,
    suppressionThreshold: options.threshold,
    ...(history.length > 0 ? { history } : {}),
  });
  io.stdout(render(report, options.format, instrument));
}
