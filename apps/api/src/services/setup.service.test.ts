import { openTestDatabase, rowsOf, type TestDatabase } from '@indikera/db/test-database';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidFieldsError } from './domain-errors';
import { AlreadySetUpError, setUpInstallation, setupNeeded } from './setup.service';

let connection: TestDatabase;
beforeEach(async () => {
  connection = await openTestDatabase();
});
afterEach(async () => {
  await connection.close();
});

const first = {
  forbundName: 'Samordningsförbundet Norr',
  name: 'Anna Andersson',
  email: 'anna@example.se',
  password: 'korall häger vinbär trampolin',
};
const count = async (table: string) =>
  Number((await rowsOf<{ n: unknown }>(connection.db, `SELECT count(*) AS n FROM ${table}`))[0]?.n);

describe('setup.service', () => {
  it('creates the first förbund and its administrator once', async () => {
    expect(await setupNeeded(connection.db)).toBe(true);
    const created = await setUpInstallation(connection.db, first);
    expect(created).toEqual({ forbundId: expect.any(Number), userId: expect.any(Number) });
    expect(await setupNeeded(connection.db)).toBe(false);
    await expect(
      setUpInstallation(connection.db, { ...first, email: 'bo@example.se' }),
    ).rejects.toThrow(AlreadySetUpError);
    expect(await Promise.all([count('users'), count('forbund'), count('memberships')])).toEqual([
      1, 1, 1,
    ]);
  });

  it('refuses a guessable password, naming the field, and stores nothing', async () => {
    const refused = setUpInstallation(connection.db, { ...first, password: 'anna andersson 1' });
    await expect(refused).rejects.toThrow(InvalidFieldsError);
    await expect(refused).rejects.toMatchObject({ errors: [{ field: 'password' }] });
    expect(await Promise.all([count('users'), count('forbund')])).toEqual([0, 0]);
  });
});
