/**
 * @module
 * `indikera serve` (`pnpm start`): migrates the database and serves Indikera, pages and
 * API, on PORT.
 */
import { ConfigError, configFromEnv, InvalidPortError, portFromEnv } from '@indikera/api';
import { databaseUrl } from './database-option';
import { serveHelp } from './help';
import { CliError, type CliIo } from './io';
import { parseOptions } from './parse-options';
import { startWebServer } from './web-server';

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
  try {
    // Checked here so a wrong setting is a clear message, not a stack trace.
    portFromEnv(process.env);
    configFromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InvalidPortError)
      throw new CliError(error.message);
    throw error;
  }
  await startWebServer(databaseUrl(values.database));
}
