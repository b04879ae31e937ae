/**
 * @module
 * For tests: a migrated database in a real file in a fresh temporary folder, so that WAL,
 * file locking and pragmas are what production gets (`:memory:` has no WAL).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseConnection, openDatabase } from './connection';
import { createForbund, type Forbund } from './forbund';
import { migrateToLatest } from './migrate';
import { createRound, type Round } from './rounds';

export interface TestDatabase extends DatabaseConnection {
  readonly file: string;
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'indikera-db-'));
  const file = join(dir, 'test.sqlite');
  const connection = openDatabase(`file:${file}`);
  if (options.migrate !== false) await migrateToLatest(connection.db);
  return {
    ...connection,
    file,
    async close() {
      await connection.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A förbund with an open 2021 round on the 2021 instrument. */
export async function seedRound(
  connection: DatabaseConnection,
  name = 'Samordningsförbundet Test',
): Promise<{ forbund: Forbund; round: Round }> {
  const forbund = await createForbund(connection.db, name);
  const round = await createRound(connection.db, {
    forbundId: forbund.id,
    name: 'Mätning 2021',
    year: 2021,
    instrumentVersion: '2021',
  });
  return { forbund, round };
}
