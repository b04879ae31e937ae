/**
 * @module
 * Where the database is: `--database <url>`, else DATABASE_URL, else the default file.
 */
import { DEFAULT_DATABASE_URL } from '@indikera/api';

export function databaseUrl(flag: string | undefined): string {
  return flag ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}
