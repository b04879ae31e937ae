/**
 * @module
 * Reading an instrument version named on the command line: a built-in version id
 * (`2021`) or an instrument file (a name ending in `.json`), checked like any other.
 */
import {
  getInstrument,
  type InstrumentVersion,
  instrumentVersions,
  parseInstrumentBytes,
} from '@indikera/instrument';
import { CliError, type CliIo } from './io';

/** Reads and checks an instrument file; its problems (exit code 1) as `field: message`. */
export async function readInstrumentFile(io: CliIo, path: string): Promise<InstrumentVersion> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `${path}: kan inte läsa filen${code === 'ENOENT' ? ' (finns inte)' : ''}`,
      1,
    );
  }
  const result = parseInstrumentBytes(bytes);
  if (!result.ok) {
    throw new CliError(
      result.problems.map((p) => `${path}: ${p.field}: ${p.message}`).join('\n'),
      1,
    );
  }
  return result.instrument;
}

/** `--instrument <file|version>`: a file when the name ends in `.json`, else a version id. */
export async function instrumentOption(io: CliIo, value: string): Promise<InstrumentVersion> {
  if (value.toLowerCase().endsWith('.json')) return readInstrumentFile(io, value);
  if (!instrumentVersions.some((v) => v.version === value)) {
    const known = instrumentVersions.map((v) => v.version).join(', ');
    throw new CliError(
      `--instrument: okänd version "${value.slice(0, 40)}" (finns: ${known}; en fil slutar på .json)`,
    );
  }
  return getInstrument(value);
}
