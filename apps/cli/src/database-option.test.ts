import { describe, expect, it } from 'vitest';
import { backupCommand } from './backup-command';
import { demoCommand } from './demo-command';
import { CliError, type CliIo } from './io';
import { restoreCommand } from './restore-command';

const io: CliIo = {
  stdout: () => {},
  stderr: () => {},
  readFile: () => Promise.reject(new Error('no file')),
};
const postgres = ['--database', 'postgres://indikera@127.0.0.1:1/indikera'];

describe('the commands that work on a SQLite file, given a PostgreSQL server', () => {
  it('backup refuses and points at pg_dump, touching nothing', async () => {
    const run = backupCommand(['kopia.sqlite', ...postgres], io);
    await expect(run).rejects.toThrow(CliError);
    await expect(run).rejects.toThrow(/pg_dump/);
  });

  it('restore refuses and points at pg_restore', async () => {
    await expect(restoreCommand(['kopia.sqlite', ...postgres], io)).rejects.toThrow(/pg_restore/);
  });

  it('demo refuses: the demo is always made in a SQLite file of its own', async () => {
    await expect(demoCommand(['--no-serve', ...postgres], io)).rejects.toThrow(/SQLite-fil/);
  });
});
