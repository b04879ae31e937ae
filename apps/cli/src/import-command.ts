/**
 * @module
 * `indikera import <file> --round <id>`: a responses file (CSV or XLSX) into a round, all
 * or nothing, every error by line; the same import as the API's.
 */
import { extname } from 'node:path';
import { DomainError, dayIn, defaultConfig, importResponses } from '@indikera/api';
import { getRound, migrateToLatest, openDatabase } from '@indikera/db';
import { formatLineErrors } from '@indikera/formats';
import { databaseUrl } from './database-option';
import { importHelp } from './help';
import { CliError, type CliIo } from './io';
import { parseOptions, positiveInteger } from './parse-options';

export async function importCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseOptions(
    args,
    {
      round: { type: 'string' },
      batch: { type: 'string' },
      'dry-run': { type: 'boolean' },
      database: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    importHelp,
  );
  if (values.help) {
    io.stdout(importHelp);
    return;
  }
  const [file, ...extra] = positionals;
  const roundId = positiveInteger('round', values.round);
  if (file === undefined || extra.length > 0 || roundId === undefined) {
    throw new CliError(`ange en fil och --round <id>\n\n${importHelp}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    throw new CliError(`${file}: kan inte läsa filen`, 1);
  }
  const connection = openDatabase(databaseUrl(values.database));
  try {
    await migrateToLatest(connection.db);
    const round = await getRound(connection.db, roundId);
    if (!round) throw new CliError(`mätning ${roundId} finns inte`, 1);
    const outcome = await importResponses(connection.db, round, bytes, {
      kind: extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv',
      dryRun: values['dry-run'] ?? false,
      batch: values.batch ?? null,
      today: dayIn(new Date(), defaultConfig.timeZone),
      inThisThread: true,
    }).catch((error: unknown) => {
      // A culled round: its message says why, for the person at the terminal.
      if (error instanceof DomainError)
        throw new CliError(`mätning ${roundId}: ${error.message}`, 1);
      throw error;
    });
    if (!outcome.ok)
      throw new CliError(`${formatLineErrors(outcome).join('\n')}\n${outcome.detail}`, 1);
    const groups = Object.entries(outcome.byGroup)
      .map(([g, n]) => `${g}: ${n}`)
      .join(', ');
    io.stdout(
      values['dry-run']
        ? `Filen är giltig: ${outcome.responses} enkäter (${groups}). Inget lagrat (--dry-run).\n`
        : `Importerat till ${round.name}: ${outcome.created} nya, ${outcome.duplicate} fanns redan (${groups}).\n`,
    );
  } finally {
    await connection.close();
  }
}
