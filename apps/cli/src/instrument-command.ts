/**
 * @module
 * `indikera instrument validate <file>`: checks an instrument file the way Indikera reads
 * it, and says what it holds, before anyone uses it for a round.
 */
import { type InstrumentVersion, questionsOfGroup } from '@indikera/instrument';
import { instrumentHelp } from './help';
import { readInstrumentFile } from './instrument-file';
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

export async function instrumentCommand(args: readonly string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    io.stdout(instrumentHelp);
    return;
  }
  if (sub === undefined) throw new CliError(`ange ett underkommando\n\n${instrumentHelp}`);
  if (sub !== 'validate') {
    throw new CliError(`okänt underkommando: ${sub.slice(0, 40)}\n\n${instrumentHelp}`);
  }
  const { values, positionals } = parseOptions(
    rest,
    { help: { type: 'boolean', short: 'h' } },
    instrumentHelp,
  );
  if (values.help) {
    io.stdout(instrumentHelp);
    return;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new CliError(`ange exakt en instrumentfil\n\n${instrumentHelp}`);
  }
  io.stdout(describeInstrument(file, await readInstrumentFile(io, file)));
}
