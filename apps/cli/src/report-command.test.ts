import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const launcher = join(root, 'apps/cli/bin/indikera.mjs');
const dir = mkdtempSync(join(tmpdir(), 'indikera-cli-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs `indikera` as a separate process, the way a user's shell does. */
function indikera(...args: string[]) {
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Six styrelse members and two personal. S1: 6, 6, 5, 4, 2 and one skip → 3 of 5 = 60 %.
const responses = file(
  'svar.csv',
  '\uFEFFgrupp;kon;insats;datum;S1;S2;P1\r\n' +
    'styrelse;kvinna;;2021-03-01;6;5;\r\n' +
    'styrelse;kvinna;;;6;;\r\n' +
    'styrelse;man;;;5;4;\r\n' +
    'styrelse;man;;;4;;\r\n' +
    'styrelse;;;;2;;\r\n' +
    'styrelse;annat;;;;;\r\n' +
    'personal;kvinna;Tidsam;;;;5\r\n' +
    'personal;kvinna;Tidsam;;;;"3"\r\n',
);
const previous = file('fjol.csv', 'grupp,S1\nstyrelse,6\nstyrelse,1\nstyrelse,1\nstyrelse,1\n');
const riksnitt = file(
  'riksnitt.csv',
  'year;question;all;kvinna;man\n2021;S1;61,5;;\n2021;P1;55;;\n2020;S1;53;;\n',
);

describe('indikera report', () => {
  it('prints the report of docs/report-json.md as JSON', () => {
    const r = indikera(
      'report',
      responses,
      '--riksnitt',
      riksnitt,
      '--year',
      '2021',
      '--previous',
      previous,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.year).toBe(2021);
    expect(report.groups).toContainEqual({
      group: 'styrelse',
      responses: 6,
      byGender: { kvinna: 2, man: 2, annat: 2 },
    });
    const s1 = report.questions.find((q: { id: string }) => q.id === 'S1');
    expect(s1).toMatchObject({
      n: 5,
      distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1, '6': 2 },
      positive: 3,
      share: 60,
      typvarde: ['6'],
      byGender: {
        kvinna: { suppressed: true },
        man: { suppressed: true },
        annat: { suppressed: true },
      },
      riksnitt: { all: 61.5, kvinna: null, man: null },
      // Judged as printed: 60 % against 62 % (61.5 rounded half up) is lower.
      vsRiksnitt: 'lower',
      previous: {
        n: 4,
        positive: 1,
        share: 25,
        byGender: {
          kvinna: { suppressed: true },
          man: { suppressed: true },
          annat: { suppressed: true },
        },
      },
      trend: 'up',
    });
    const p1 = report.questions.find((q: { id: string }) => q.id === 'P1');
    expect(p1).toMatchObject({
      n: 2,
      positive: 1,
      share: 50,
      typvarde: ['3', '5'],
      vsRiksnitt: 'lower',
    });
    expect(report.indicators).toContainEqual({
      indicator: 12,
      vsRiksnitt: 'lower',
      trend: 'up',
      byGender: {
        kvinna: { vsRiksnitt: null, trend: null },
        man: { vsRiksnitt: null, trend: null },
      },
    });
  });

  it('prints CSV and a Swedish Markdown report', () => {
    const csv = indikera('report', responses, '--format', 'csv');
    expect(csv.code).toBe(0);
    // For Swedish Excel by default: a byte-order mark, `;`, Swedish words.
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^\uFEFFIndikator;Fråga;Frågetext;/);
    expect(csv.stdout).toContain(';Styrelse;Klart positiva svar;');
    const raw = indikera('report', responses, '--format', 'csv-raw');
    expect(raw.code).toBe(0);
    expect(raw.stdout.split('\r\n')[0]).toMatch(/^grupp,fraga,indikator,nyckeltal,/);
    const md = indikera(
      'report',
      responses,
      '--format',
      'md',
      '--year',
      '2021',
      '--riksnitt',
      riksnitt,
    );
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Indikatorrapport 2021');
    expect(md.stdout).toContain('| Styrelse | 6 | 2 | 2 | 2 |');
    expect(md.stdout).toContain('## Indikator 12:');
    // Tabell 10 with kvinnor and män, and the rule beside it.
    expect(md.stdout).toContain(
      '| Indikator | Jämfört med riket | Jämfört med förra året | Kvinnor | Män |',
    );
    expect(md.stdout).toContain(
      'en skillnad på 2 procentenheter eller mer räknas som högre eller lägre',
    );
    expect(md.stdout).toMatch(/S1\. .*\| 60 % \| – \| – \| 62 % \|/);
  });

  it('exits 1 with every problem on stderr and nothing on stdout for an invalid file', () => {
    const bad = file(
      'fel.csv',
      'grupp,kon,DA8,DA9,X7\ndeltagare-avslut,kvinna,nej,5,\nstyrelse,okänd,,,\n',
    );
    const r = indikera('report', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^line 1: column X7: okänd kolumn/),
    ]);
    const rows = file(
      'rader.csv',
      'grupp,kon,DA8,DA9\ndeltagare-avslut,kvinna,nej,5\nstyrelse,okänd,ja,\nstyrelse,,,\n',
    );
    const r2 = indikera('report', rows);
    expect(r2.code).toBe(1);
    expect(r2.stdout).toBe('');
    expect(r2.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^line 2: column DA9: besvaras bara när DA8 är ja/),
      expect.stringMatching(/^line 3: column kon: ogiltigt kön/),
      expect.stringMatching(/^line 3: column DA8: frågan hör till gruppen deltagare-avslut/),
    ]);
  });

  it('names the file when the riksnitt or previous file is the invalid one', () => {
    const badRiksnitt = file('riket.csv', 'year,question,all,kvinna,man\n2021,S1,abc,,\n');
    const r = indikera('report', responses, '--riksnitt', badRiksnitt, '--year', '2021');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^riket\.csv: line 2: column all: "abc" är ingen andel/);
    const missing = indikera('report', join(dir, 'finns-inte.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/finns-inte\.csv: kan inte läsa filen \(finns inte\)/);
  });

  it('explains its usage and refuses bad options with exit 2', () => {
    const help = indikera('report', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--riksnitt');
    expect(indikera('report', responses, '--format', 'pdf').code).toBe(2);
    expect(indikera('report', responses, '--bogus').code).toBe(2);
    expect(indikera('report').code).toBe(2);
    expect(indikera('rapport').code).toBe(2);
    const ambiguous = indikera('report', responses, '--riksnitt', riksnitt);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/flera år \(2020, 2021\)/);
  });

  it('runs from the repository root exactly as the README shows', () => {
    const r = spawnSync(
      'pnpm',
      [
        '--silent',
        'indikera',
        'report',
        'examples/svar-2021.csv',
        '--riksnitt',
        'examples/riksnitt.csv',
        '--year',
        '2021',
        '--previous',
        'examples/svar-2020.csv',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(
      report.groups.reduce((sum: number, g: { responses: number }) => sum + g.responses, 0),
    ).toBe(85);
    expect(report.questions).toHaveLength(41);
  });
});
