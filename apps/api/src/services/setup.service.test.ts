import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseConnection, migrateToLatest, openDatabase } from '@indikera/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidFieldsError } from './domain-errors';
import { AlreadySetUpError, setUpInstallation, setupNeeded } from './setup.service';

let dir: string;
let connection: DatabaseConnection;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'indikera-setup-'));
  connection = openDatabase(join(dir, 'test.sqlite'));
  await migrateToLatest(connection.db);
});
afterEach(async () => {
  await connection.close();
  rmSync(dir, { recursive: true, force: true });
});

const first = {
  forbundName: 'Samordningsförbundet Norr',
  name: 'Anna Andersson',
  email: 'anna@example.se',
  password: 'korall häger vinbär trampolin',
};
const count = (table: string) =>
  connection.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('setup.service', () => {
  it('creates the first förbund and its administrator once', async () => {
    expect(await setupNeeded(connection.db)).toBe(true);
    const created = await setUpInstallation(connection.db, first);
    expect(created).toEqual({ forbundId: expect.any(Number), userId: expect.any(Number) });
    expect(await setupNeeded(connection.db)).toBe(false);
    await expect(
      setUpInstallation(connection.db, { ...first, email: 'bo@example.se' }),
    ).rejects.toThrow(AlreadySetUpError);
    expect([count('users'), count('forbund'), count('memberships')]).toEqual([1, 1, 1]);
  });

  it('refuses a guessable password, naming the field, and stores nothing', async () => {
    const refused = setUpInstallation(connection.db, { ...first, password: 'anna andersson 1' });
    await expect(refused).rejects.toThrow(InvalidFieldsError);
    await expect(refused).rejects.toMatchObject({ errors: [{ field: 'password' }] });
    expect([count('users'), count('forbund')]).toEqual([0, 0]);
  });
});
