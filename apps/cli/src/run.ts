/**
 * @module
 * The `indikera` command line: parses the command and hands over to it. Commands load
 * on demand, so a report from a file starts without the server's code.
 */
import { mainHelp } from './help';
import { CliError, type CliIo } from './io';

type Command = (args: readonly string[], io: CliIo) => Promise<void>;

const commands: Readonly<Record<string, () => Promise<Command>>> = {
  report: async () => (await import('./report-command')).reportCommand,
  instrument: async () => (await import('./instrument-command')).instrumentCommand,
  serve: async () => (await import('./serve-command')).serveCommand,
  demo: async () => (await import('./demo-command')).demoCommand,
  migrate: async () => (await import('./migrate-command')).migrateCommand,
  user: async () => (await import('./user-command')).userCommand,
  import: async () => (await import('./import-command')).importCommand,
  backup: async () => (await import('./backup-command')).backupCommand,
  restore: async () => (await import('./restore-command')).restoreCommand,
};

/** Runs one invocation and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.stderr(`okänt kommando: ${name}\n\n${mainHelp}`);
    return 2;
  }
  try {
    await (await load())(args, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
