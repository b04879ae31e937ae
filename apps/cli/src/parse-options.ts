/**
 * @module
 * Option parsing for every command: node's parseArgs, with a usage error (exit 2) that
 * shows the command's help.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './io';

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
  help: string,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${help}`);
  }
}

/** A positive integer option, or a usage error naming it. */
export function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value))
    throw new CliError(`--${name} måste vara ett positivt heltal, inte "${value}"`);
  return Number(value);
}
