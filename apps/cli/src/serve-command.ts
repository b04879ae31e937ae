/**
 * @module
 * `indikera serve` (`pnpm start`): migrates the database and serves Indikera on PORT.
 */
import {
  ConfigError,
  configFromEnv,
  InvalidPortError,
  portFromEnv,
  startServer,
} from '@indikera/api';
import { databaseUrl } from './database-option';
import { serveHelp } from './help';
import { CliError, type CliIo } from './io';
import { parseOptions } from './parse-options';

export async function serveCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(
    args,
    { database: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    serveHelp,
  );
  if (values.help) {
    io.stdout(serveHelp);
    return;
  }
  let port: number;
  let config: ReturnType<typeof configFromEnv>;
  try {
    port = portFromEnv(process.env);
    config = configFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InvalidPortError)
      throw new CliError(error.message);
    throw error;
  }
  const running = await startServer({
    port,
    databaseUrl: databaseUrl(values.database),
    config,
    log: (line) => io.stdout(`${line}\n`),
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void running.close().then(() => process.exit(0));
    });
  }
}
