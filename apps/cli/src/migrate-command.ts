/**
 * @module
 * `indikera migrate`: brings the database up to date (each migration in a transaction).
 */
import { migrateToLatest, openDatabase } from '@indikera/db';
import { databaseUrl } from './database-option';
import { migrateHelp } from './help';
import type { CliIo } from './io';
import { parseOptions } from './parse-options';

export async function migrateCommand(args: readonly string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(
    args,
    { database: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    migrateHelp,
  );
  if (values.help) {
    io.stdout(migrateHelp);
    return;
  }
  const connection = openDatabase(databaseUrl(values.database));
  try {
    const applied = await migrateToLatest(connection.db);
    io.stdout(
      applied.length === 0 ? 'Databasen är redan aktuell.\n' : `Genomfört: ${applied.join(', ')}\n`,
    );
  } finally {
    await connection.close();
  }
}
