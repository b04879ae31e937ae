/**
 * `indikera demo` as a separate process: it makes its database where DATABASE_URL says,
 * and never starts over on a database that another process has open, that another demo
 * is being made in, or that holds a real installation's users.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { lock } from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const launcher = join(root, 'apps/cli/bin/indikera.mjs');
const dir = mkdtempSync(join(tmpdir(), 'indikera-demo-'));

/** Runs the demo without blocking this process (which may be holding a lock meanwhile). */
function demo(env: Record<string, string>, args: string[] = []) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [launcher, 'demo', '--no-serve', ...args],
      { cwd: root, encoding: 'utf8', env: { ...inherited, ...env } },
      (error, _stdout, stderr) =>
        resolve({ code: error ? ((error.code as number | undefined) ?? null) : 0, stderr }),
    );
  });
}

const count = (file: string, sql: string) => {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('indikera demo', { timeout: 120_000 }, () => {
  it('makes the demo database that DATABASE_URL names', async () => {
    const file = join(dir, 'via-env.sqlite');
    const r = await demo({ DATABASE_URL: `file:${file}` });
    expect(r.code, r.stderr).toBe(0);
    expect(
      count(file, "SELECT count(*) FROM forbund WHERE name = 'Samordningsförbundet Demo'"),
    ).toBe(1);
  });

  it('refuses while another process has the database open, and leaves it alone', async () => {
    const file = join(dir, 'open.sqlite');
    expect((await demo({}, ['--database', `file:${file}`])).code).toBe(0);
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
         db.pragma('journal_mode = WAL');
         db.prepare("INSERT INTO audit_log (action, subject) VALUES ('test', 'kvar')").run();
         console.log('ready');
         setInterval(() => {}, 1000);`,
      ],
      { cwd: join(root, 'db'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(holder);
    await new Promise<void>((resolve) =>
      holder.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      }),
    );
    const r = await demo({ DATABASE_URL: `file:${file}` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('används av en annan process');
    expect(count(file, "SELECT count(*) FROM audit_log WHERE subject = 'kvar'")).toBe(1);
    holder.kill('SIGKILL');
  });

  it('refuses while another demo is being made in the same file', async () => {
    const file = join(dir, 'locked.sqlite');
    // Held by this process, kept fresh meanwhile, as a demo being made would hold it.
    const release = await lock(file, {
      realpath: false,
      lockfilePath: `${file}.demo-lock`,
      stale: 10_000,
    });
    try {
      const r = await demo({ DATABASE_URL: `file:${file}` });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('en annan demo skapas just nu');
      expect(existsSync(file)).toBe(false);
    } finally {
      await release();
    }
  });

  it('never starts over on a database with a real installation’s users', async () => {
    const file = join(dir, 'riktig.sqlite');
    expect((await demo({}, ['--database', `file:${file}`])).code).toBe(0);
    const db = new BetterSqlite3(file);
    db.prepare(
      "INSERT INTO users (email, name, password_hash) VALUES ('anna@norr.se', 'Anna', 'x')",
    ).run();
    db.close();
    const r = await demo({ DATABASE_URL: `file:${file}` });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ingen demodatabas');
    expect(count(file, "SELECT count(*) FROM users WHERE email = 'anna@norr.se'")).toBe(1);
  });
});
