/**
 * `indikera restore` as a separate process: a backup put back exactly, with nothing of a
 * `-wal` left by a killed server coming back on top of it; refused while a server has
 * the database open, and refused for a bad backup, changing nothing either way.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const launcher = join(root, 'apps/cli/bin/indikera.mjs');
const base = mkdtempSync(join(tmpdir(), 'indikera-restore-'));
let dir: string;
let file: string;
let n = 0;

function indikera(args: string[]) {
  const r = spawnSync(process.execPath, [launcher, ...args, '--database', `file:${file}`], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const audit = (path = file) => {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db
      .prepare("SELECT subject FROM audit_log WHERE action = 'test' ORDER BY id")
      .pluck()
      .all();
  } finally {
    db.close();
  }
};

/** A process that keeps the database open and writes `subjects`, as a server would. */
function holder(subjects: string[]): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
       db.pragma('journal_mode = WAL');
       // As the server: never checkpoint, so that the rows stay in the -wal file.
       db.pragma('wal_autocheckpoint = 0');
       const ins = db.prepare("INSERT INTO audit_log (action, subject) VALUES ('test', ?)");
       for (const s of ${JSON.stringify(subjects)}) ins.run(s);
       console.log('ready');
       setInterval(() => {}, 1000);`,
    ],
    { cwd: join(root, 'db'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(base, { recursive: true, force: true });
});

beforeEach(() => {
  // A migrated database of its own per case.
  dir = join(base, String(n++));
  file = join(dir, 'indikera.sqlite');
  expect(
    spawnSync(process.execPath, [launcher, 'migrate', '--database', `file:${file}`]).status,
  ).toBe(0);
}, 60_000);

// Each case runs the command line several times, a process each: slow on a busy machine.
describe('indikera restore', { timeout: 120_000 }, () => {
  it('puts the backup back exactly, though a killed server left newer rows in a -wal', async () => {
    const writer = await holder(['före']);
    await killed(writer);
    expect(indikera(['backup', join(dir, 'kopia.sqlite')]).code).toBe(0);
    // After the backup: more rows, then the server is killed with them in its -wal.
    const server = await holder(['efter-1', 'efter-2']);
    await killed(server);
    expect(existsSync(`${file}-wal`)).toBe(true);

    const r = indikera(['restore', join(dir, 'kopia.sqlite')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^Återställd från .*kopia\.sqlite\.\nDen tidigare databasen finns kvar som .*before-restore-/,
    );
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
    expect(audit()).toEqual(['före']);
    // The replaced database is kept whole, with the rows that were only in its -wal.
    const kept = readdirSync(dir).find((f) => f.includes('before-restore-')) ?? '';
    expect(audit(join(dir, kept))).toEqual(['före', 'efter-1', 'efter-2']);
  });

  it('refuses while another process has the database open, and changes nothing', async () => {
    const writer = await holder(['före']);
    await killed(writer);
    expect(indikera(['backup', join(dir, 'kopia.sqlite')]).code).toBe(0);
    const server = await holder(['efter']);
    const r = indikera(['restore', join(dir, 'kopia.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('används av en annan process');
    expect(audit()).toEqual(['före', 'efter']);
    await killed(server);
  });

  it('checks the backup first: not a database, not Indikera’s, beside a -wal, newer', () => {
    const notSqlite = join(dir, 'inte.sqlite');
    writeFileSync(notSqlite, 'det här är ingen databas'.repeat(100));
    const other = join(dir, 'annan.sqlite');
    new BetterSqlite3(other).exec('CREATE TABLE t (x)').close();
    const newer = join(dir, 'nyare.sqlite');
    expect(indikera(['backup', newer]).code).toBe(0);
    const db = new BetterSqlite3(newer);
    db.prepare("INSERT INTO migrations (name) VALUES ('2099-01-01T0000-framtiden')").run();
    db.close();
    const open = join(dir, 'oppen.sqlite');
    expect(indikera(['backup', open]).code).toBe(0);
    writeFileSync(`${open}-wal`, '');
    const cases: [string, RegExp][] = [
      [join(dir, 'finns-inte.sqlite'), /finns inte/],
      [notSqlite, /ingen databas från Indikera|går inte att öppna/],
      [other, /ingen databas från Indikera/],
      [newer, /nyare version/],
      [open, /-wal ligger bredvid/],
    ];
    for (const [backup, message] of cases) {
      const r = indikera(['restore', backup]);
      expect(r.code, backup).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('Ingenting ändrades.');
    }
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  });
});
