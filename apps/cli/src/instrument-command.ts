/**
 * @module
 * `indikera instrument validate|add|list`: checks an instrument file the way Indikera
 * reads it and says what it holds; adds it to the installation's registry (a version is
 * never changed once added: the same file again changes nothing, another file with its
 * id is refused); lists the registry.
 */
import {
  addInstrument,
  ConflictError,
  dayIn,
  defaultConfig,
  InvalidFileError,
  listInstruments,
} from '@indikera/api';
import { type InstrumentVersion, questionsOfGroup } from '@indikera/instrument';
import { instrumentHelp } from './help';
import { readInstrumentBytes, readInstrumentFile, withRegistry } from './instrument-file';
import { CliError, type CliIo } from './io';
import { parseOptions } from './parse-options';

/** What a valid file holds, in Swedish, one line per part. */
export function describeInstrument(path: string, v: InstrumentVersion): string {
  const groups = v.groups.map(
    (g) => `${g.id} (${g.prefix}, ${questionsOfGroup(v, g.id).length} frågor)`,
  );
  const scales = Object.values(v.scales).map((s) => `${s.id} (${s.options.length} svar)`);
  const conditional = v.questions.filter((q) => q.askedIf).length;
  const continued = v.questions.filter((q) => q.sameAs).length;
  const languages = Object.keys(v.translations);
  return [
    `${path}: giltig instrumentversion ${v.version} (${v.name})`,
    `  grupper: ${groups.join(', ')}`,
    `  skalor: ${scales.join(', ')}`,
    `  frågor: ${v.questions.length}, ${conditional} med villkor, ${continued} som fortsätter en fråga i en tidigare version`,
    `  indikatorer: ${v.indicators.length}`,
    `  översättningar: ${languages.length > 0 ? languages.join(', ') : 'inga'}`,
    '',
  ].join('\n');
}

/** `instrument add <file>`: into the registry, or each problem as `file: place: reason`. */
async function add(io: CliIo, file: string, database: string | undefined): Promise<void> {
  const bytes = await readInstrumentBytes(io, file);
  const by = { userId: null, day: dayIn(new Date(), defaultConfig.timeZone) };
  try {
    const { status, instrument: v } = await withRegistry(
      database,
      (db) => addInstrument(db, bytes, by),
      { create: true },
    );
    io.stdout(
      status === 'added'
        ? `Version ${v.version} (${v.name}) är tillagd: ${v.groups.length} grupper, ${v.questions.length} frågor. Nya mätningar kan besvaras med den.\n`
        : `Version ${v.version} fanns redan med exakt samma innehåll; inget är ändrat.\n`,
    );
  } catch (error) {
    if (error instanceof InvalidFileError) {
      const problems = error.errors.map((p) => `${file}: ${p.field}: ${p.message}`);
      throw new CliError(problems.join('\n'), 1);
    }
    if (error instanceof ConflictError) throw new CliError(`${file}: ${error.message}`, 1);
    throw error;
  }
}

/** `instrument list`: the registry, a version a line, oldest first. */
async function list(io: CliIo, database: string | undefined): Promise<void> {
  const versions = await withRegistry(database, listInstruments);
  const rows = [
    ['version', 'namn', 'grupper', 'frågor', 'tillagd', 'mätningar'],
    ...versions.map((v) => [
      v.version,
      v.name,
      String(v.groups),
      String(v.questions),
      v.addedOn ?? 'inbyggd',
      String(v.rounds),
    ]),
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  io.stdout(
    rows
      .map((r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n')
      .concat('\n'),
  );
}

const SUBCOMMANDS = ['validate', 'add', 'list'] as const;

export async function instrumentCommand(args: readonly string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    io.stdout(instrumentHelp);
    return;
  }
  if (sub === undefined) throw new CliError(`ange ett underkommando\n\n${instrumentHelp}`);
  if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw new CliError(`okänt underkommando: ${sub.slice(0, 40)}\n\n${instrumentHelp}`);
  }
  const { values, positionals } = parseOptions(
    rest,
    {
      database: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    instrumentHelp,
  );
  if (values.help) {
    io.stdout(instrumentHelp);
    return;
  }
  if (sub === 'list') {
    if (positionals.length > 0) throw new CliError(`list tar ingen fil\n\n${instrumentHelp}`);
    await list(io, values.database);
    return;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new CliError(`ange exakt en instrumentfil\n\n${instrumentHelp}`);
  }
  if (sub === 'add') {
    await add(io, file, values.database);
    return;
  }
  if (values.database !== undefined) {
    throw new CliError(`validate läser ingen databas\n\n${instrumentHelp}`);
  }
  io.stdout(describeInstrument(file, await readInstrumentFile(io, file)));
}
