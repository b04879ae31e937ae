/**
 * @module
 * The `indikera` command line: parses the command and hands over to it.
 */
import { mainHelp } from './help';
import { CliError, type CliIo } from './io';
import { reportCommand } from './report-command';

type Command = (args: readonly string[], io: CliIo) => Promise<void>;

const commands: Readonly<Record<string, Command>> = {
  report: reportCommand,
};

/** Runs one invocation and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`okänt kommando: ${name}\n\n${mainHelp}`);
    return 2;
  }
  try {
    await command(args, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
