/**
 * @module
 * Where the database is: `--database <url>`, else DATABASE_URL, else the default file.
 */
import { DEFAULT_DATABASE_URL } from '@indikera/api';
import { dialectOfUrl } from '@indikera/db';
import { CliError } from './io';

export function databaseUrl(flag: string | undefined): string {
  return flag ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

/**
 * Refuses a command that works on the SQLite file itself (backup, restore, the demo's
 * fresh start) when the database is a PostgreSQL server, naming what to use instead.
 */
export function requireSqlite(url: string, command: string, instead: string): void {
  if (dialectOfUrl(url) === 'postgres') {
    throw new CliError(
      `indikera ${command} gäller en SQLite-fil, men databasen är en PostgreSQL-server: ${instead}`,
      1,
    );
  }
}
