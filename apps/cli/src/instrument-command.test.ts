import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { file, indikera, test2027 } from './run-in-memory';

describe('indikera instrument validate', () => {
  it('says what a valid file holds: groups, scales, conditions, sameAs', async () => {
    const r = await indikera('instrument', 'validate', test2027);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('giltig instrumentversion 2027');
    expect(r.stdout).toContain('remittenter (R, 3 frågor)');
    expect(r.stdout).toContain('extent5 (5 svar)');
    expect(r.stdout).toContain('frågor: 9, 1 med villkor, 1 som fortsätter en fråga');
  });

  it('lists every problem of an invalid file by its place, exit 1, nothing on stdout', async () => {
    const broken = JSON.parse(await readFile(test2027, 'utf8'));
    broken.questions[0].scale = 'sjugradig';
    broken.questions[1].sameAs = 'DP1';
    broken.extra = 'x'.repeat(10_000);
    const r = await indikera('instrument', 'validate', file('trasig.json', JSON.stringify(broken)));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/trasig\.json: \(filen\): okänd nyckel "extra"$/),
    ]);
    delete broken.extra;
    const again = await indikera(
      'instrument',
      'validate',
      file('trasig2.json', JSON.stringify(broken)),
    );
    expect(again.stderr).toContain(
      'trasig2.json: questions[0].scale: DP1: okänd skala "sjugradig"',
    );
    expect(again.stderr).toContain(
      'trasig2.json: questions[1].sameAs: DP8: "DP1" är en fråga i den här versionen',
    );
    expect(again.stderr.length).toBeLessThan(1000);
  });

  it('refuses what is not JSON, with exit 1', async () => {
    const r = await indikera('instrument', 'validate', file('inte.json', 'version: 2027'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/inte\.json: \(filen\): inte giltig JSON/);
  });

  it('is a usage error (exit 2) without a subcommand, with another one, or without a file', async () => {
    expect((await indikera('instrument')).code).toBe(2);
    expect((await indikera('instrument', 'radera', 'x.json')).stderr).toContain(
      'okänt underkommando: radera',
    );
    expect((await indikera('instrument', 'validate')).code).toBe(2);
    expect(await indikera('instrument', '--help')).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('indikera instrument add and list', () => {
  let dir: string;
  let database: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'indikera-instrument-'));
    database = `file:${join(dir, 'indikera.sqlite')}`;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the built-in version without making a database where there is none', async () => {
    const r = await indikera('instrument', 'list', '--database', database);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n')[1]).toMatch(/^2021 +.+ +5 +41 +inbyggd +0$/);
    expect(existsSync(join(dir, 'indikera.sqlite'))).toBe(false);
  });

  it('adds a version once, lists it, and takes it for the report by its id', async () => {
    const added = await indikera('instrument', 'add', test2027, '--database', database);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toContain('Version 2027 (');
    expect(added.stdout).toContain('är tillagd: 3 grupper, 9 frågor');
    const again = await indikera('instrument', 'add', test2027, '--database', database);
    expect(again.stdout).toContain('fanns redan med exakt samma innehåll; inget är ändrat');
    const listed = await indikera('instrument', 'list', '--database', database);
    expect(listed.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(listed.stdout).toMatch(/\n2027 +.+ +3 +9 +\d{4}-\d{2}-\d{2} +0\n$/);
    const csv = file('r.csv', 'grupp;R1\nremittenter;5\n');
    const r = await indikera('report', csv, '--instrument', '2027', '--database', database);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).instrumentVersion).toBe('2027');
  });

  it('never changes a version: another file with its id is refused, exit 1', async () => {
    const changed = JSON.parse(await readFile(test2027, 'utf8'));
    changed.name = 'Något annat';
    const name = file('andrad-2027.json', JSON.stringify(changed));
    const r = await indikera('instrument', 'add', name, '--database', database);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'andrad-2027.json: Version "2027" finns redan med ett annat innehåll',
    );
    const builtIn = await indikera(
      'instrument',
      'add',
      file('egen-2021.json', JSON.stringify({ ...changed, version: '2021' })),
      '--database',
      database,
    );
    expect(builtIn.code).toBe(1);
  });

  it('refuses an invalid file with every problem by its place, storing nothing', async () => {
    const broken = JSON.parse(await readFile(test2027, 'utf8'));
    broken.version = '2028';
    broken.questions[0].scale = 'sjugradig';
    const name = file('trasig-2028.json', JSON.stringify(broken));
    const r = await indikera('instrument', 'add', name, '--database', database);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('trasig-2028.json: questions[0].scale:');
    const listed = await indikera('instrument', 'list', '--database', database);
    expect(listed.stdout).not.toContain('2028');
  });
});

describe('indikera report --instrument', () => {
  // Remittenter on the five-option scale, R3 only after R2 = ja; DP8 continues 2021's DP2.
  const responses = file(
    'svar-2027.csv',
    'grupp;kon;R1;R2;R3;DP8\n' +
      'remittenter;kvinna;5;ja;4;\n' +
      'remittenter;kvinna;4;Nej;;\n' +
      'remittenter;man;2;ja;5;\n' +
      'deltagare-pagaende;man;;;;6\n',
  );

  it('reports on a version read from a file: its groups, its scales, its key figures', async () => {
    const riksnitt = file('riksnitt-2027.csv', 'year,question,all,kvinna,man\n2027,R1,70,,\n');
    const r = await indikera('report', responses, '--instrument', test2027, '--riksnitt', riksnitt);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.instrumentVersion).toBe('2027');
    expect(report.groups.map((g: { group: string }) => g.group)).toEqual([
      'deltagare-pagaende',
      'personal',
      'remittenter',
    ]);
    const r1 = report.questions.find((q: { id: string }) => q.id === 'R1');
    expect(r1).toMatchObject({
      n: 3,
      distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 },
      positive: 2,
      riksnitt: { all: 70 },
    });
    const r2 = report.questions.find((q: { id: string }) => q.id === 'R2');
    expect(r2).toMatchObject({ n: 3, distribution: { ja: 2, nej: 1 }, positive: 2 });
  });

  it('prints the Markdown report with the version’s own key-figure words', async () => {
    const r = await indikera('report', responses, '--instrument', test2027, '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Får de personer du remitterar ett stöd som utgår från deras behov?',
    );
  });

  it('reads the responses with the version’s columns: a 2021 column is refused', async () => {
    const old = file('svar-2021-kolumn.csv', 'grupp;kon;S1\nremittenter;kvinna;5\n');
    const r = await indikera('report', old, '--instrument', test2027);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('S1');
  });

  it('takes a built-in version by id, and refuses an unknown one as a usage error', async () => {
    const s = file('styrelse.csv', 'grupp,S1\nstyrelse,6\n');
    expect(
      JSON.parse((await indikera('report', s, '--instrument', '2021')).stdout).instrumentVersion,
    ).toBe('2021');
    const r = await indikera('report', s, '--instrument', '1999');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--instrument: okänd version "1999" (finns: 2021');
  });
});
