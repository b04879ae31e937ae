import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const launcher = join(root, 'apps/cli/bin/indikera.mjs');
const dir = mkdtempSync(join(tmpdir(), 'indikera-platform-'));
const database = `file:${join(dir, 'indikera.sqlite')}`;

function indikera(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [launcher, ...args, '--database', database], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function query<T>(sql: string): T {
  const db = new BetterSqlite3(join(dir, 'indikera.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

const children: ChildProcess[] = [];
afterAll(() => {
  // Each child leads its own process group: pnpm does not pass signals on to the server.
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

describe('indikera migrate, user add, import, backup', () => {
  it('migrates an empty database, and again without change', () => {
    const first = indikera(['migrate']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Genomfört: /);
    expect(indikera(['migrate']).stdout).toBe('Databasen är redan aktuell.\n');
  });

  it('adds the first administrator, reading the password from stdin', () => {
    const r = indikera(
      [
        'user',
        'add',
        '--email',
        'anna@norr.se',
        '--name',
        'Anna',
        '--forbund',
        'Samordningsförbundet Norr',
        '--role',
        'admin',
        '--installation-admin',
      ],
      'ett-långt-lösenord\n',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(
      'Skapade förbundet Samordningsförbundet Norr.\nSkapade anna@norr.se med rollen admin i Samordningsförbundet Norr.\n',
    );
    const user = query<{ email: string; is_installation_admin: number; password_hash: string }>(
      'SELECT * FROM users',
    );
    expect(user).toMatchObject({ email: 'anna@norr.se', is_installation_admin: 1 });
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('refuses bad options and a short password, changing nothing', () => {
    const bad = indikera(['user', 'add', '--email', 'nej', '--forbund', '', '--role', 'chef']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--email');
    expect(bad.stderr).toContain('--role');
    const short = indikera(
      ['user', 'add', '--email', 'b@norr.se', '--name', 'B', '--forbund', 'Ny', '--role', 'lasare'],
      'kort\n',
    );
    expect(short.code).toBe(2);
    const invisible = indikera(
      [
        'user',
        'add',
        '--email',
        'c@norr.se',
        '--name',
        'C\u202Eexe',
        '--forbund',
        '\u200B',
        '--role',
        'lasare',
      ],
      'ett-långt-lösenord-9\n',
    );
    expect(invisible.code).toBe(2);
    expect(invisible.stderr).toContain('--name: får inte innehålla tecken som vänder');
    expect(invisible.stderr).toContain('--forbund: ange ett namn med synliga tecken');
    expect(query<{ n: number }>('SELECT count(*) AS n FROM users').n).toBe(1);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM forbund').n).toBe(1);
  });

  it('imports a file into a round all or nothing, naming every bad line', () => {
    const db = new BetterSqlite3(join(dir, 'indikera.sqlite'));
    db.prepare(
      "INSERT INTO rounds (forbund_id, name, year, instrument_version, status) VALUES (1, 'Mätning 2021', 2021, '2021', 'open')",
    ).run();
    db.close();
    const good = join(dir, 'svar.csv');
    writeFileSync(good, 'grupp;kon;S1;S2\nstyrelse;kvinna;5;6\nstyrelse;man;;4\n');
    const bad = join(dir, 'fel.csv');
    writeFileSync(bad, 'grupp;kon;S1;S2\nstyrelse;kvinna;5;6\nstyrelse;man;9;4\npersonal;;;\n');
    const refused = indikera(['import', bad, '--round', '1']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^line 3: column S1: "9" finns inte på skalan/);
    expect(query<{ n: number }>('SELECT count(*) AS n FROM responses').n).toBe(0);
    expect(indikera(['import', good, '--round', '1', '--dry-run']).stdout).toMatch(
      /Filen är giltig: 2 enkäter/,
    );
    const stored = indikera(['import', good, '--round', '1']);
    expect(stored.code, stored.stderr).toBe(0);
    expect(stored.stdout).toBe(
      'Importerat till Mätning 2021: 2 nya, 0 fanns redan (styrelse: 2).\n',
    );
    expect(indikera(['import', good, '--round', '1']).stdout).toMatch(/0 nya, 2 fanns redan/);
    expect(indikera(['import', good, '--round', '99']).code).toBe(1);
  });

  it('backs up a consistent copy while another process writes', async () => {
    // The writer says when it is writing, and writes until told to stop: the backup runs
    // while it writes, whatever the machine's speed.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(join(dir, 'indikera.sqlite'))});
         db.pragma('busy_timeout = 5000');
         const ins = db.prepare("INSERT INTO audit_log (action, subject) VALUES ('test.write', 'x')");
         let stop = false;
         process.stdin.on('data', () => { stop = true; });
         process.stdin.on('end', () => { stop = true; });
         ins.run();
         process.stdout.write('writing\\n');
         const loop = () => { for (let i = 0; i < 50; i++) ins.run(); if (stop) db.close(); else setImmediate(loop); };
         loop();`,
      ],
      { cwd: join(root, 'db'), detached: true, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    children.push(writer);
    const exited = new Promise((resolve, reject) => {
      writer.once('exit', resolve);
      writer.once('error', reject);
    });
    await new Promise<void>((resolve, reject) => {
      writer.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('writing')) resolve();
      });
      writer.once('error', reject);
      writer.once('exit', (code) => reject(new Error(`the writer stopped first (${code})`)));
    });
    const target = join(dir, 'kopia.sqlite');
    const r = indikera(['backup', target]);
    writer.stdin?.end();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Säkerhetskopia sparad: /);
    const copy = new BetterSqlite3(target, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM responses').get() as { n: number }).n).toBe(2);
    expect(
      (
        copy.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'test.write'").get() as {
          n: number;
        }
      ).n,
    ).toBeGreaterThan(0);
    copy.close();
    expect(indikera(['backup', target]).code).toBe(1); // never overwrites
    await exited;
  });
});

describe('indikera demo', () => {
  it('creates a fresh demo database and prints logins and one link per group', () => {
    const demo = `file:${join(dir, 'demo.sqlite')}`;
    const run = () =>
      spawnSync(process.execPath, [launcher, 'demo', '--no-serve', '--database', demo], {
        cwd: root,
        encoding: 'utf8',
      });
    run();
    const r = run(); // again: starts over, not on top of the last demo
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('admin@demo.example');
    expect(r.stdout.match(/\/s\/[a-z0-9]{32}/g)).toHaveLength(5);
    const db = new BetterSqlite3(join(dir, 'demo.sqlite'), { readonly: true });
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(count('SELECT count(*) AS n FROM forbund')).toBe(1);
    expect(count('SELECT count(*) AS n FROM rounds')).toBe(2);
    expect(
      count(
        'SELECT count(*) AS n FROM responses r JOIN rounds o ON o.id = r.round_id WHERE o.year = 2021',
      ),
    ).toBe(85);
    expect(count('SELECT count(DISTINCT year) AS n FROM benchmarks')).toBe(2);
    db.close();
  });
});

describe('pnpm start', () => {
  it('migrates, serves on PORT, and says how to create the first admin', {
    timeout: 300_000,
  }, async () => {
    const file = join(dir, 'start', 'indikera.sqlite');
    // What `pnpm start` runs, without depending on pnpm being on the PATH of the test.
    const child = spawn(process.execPath, [join(root, 'apps/web/bin/start.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '3917', DATABASE_URL: `file:${file}` },
      detached: true,
    });
    children.push(child);
    let output = '';
    // The first start builds the web app: wait for the server to say it listens, or fail
    // at once if the process dies first.
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Listening on')) resolve();
      });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`pnpm start exited (${code}): ${output}`)));
    });
    expect(output).toContain('Indikera kör på http://localhost:3917');
    expect(output).toContain('indikera user add');
    const health = await fetch('http://localhost:3917/api/health');
    expect(await health.json()).toEqual({ ok: true });
    expect(existsSync(file)).toBe(true);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await exited;
  });
});
