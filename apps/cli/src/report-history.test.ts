import { describe, expect, it } from 'vitest';
import { file, indikera, test2027 } from './run-in-memory';

// 2027's DP8 continues 2021's DP2 (sameAs); R1 is new in 2027.
const now = file(
  'h-2027.csv',
  'grupp;kon;DP1;DP8;R1\ndeltagare-pagaende;kvinna;6;6;\nremittenter;man;;;5\n',
);
const y2026 = `2026=${file('h-2026.csv', 'grupp,DP1,DP8\ndeltagare-pagaende,5,2\ndeltagare-pagaende,6,6\n')}`;
const y2021 = `2021=${file('h-2021.csv', 'grupp,DP1,DP2\ndeltagare-pagaende,6,6\ndeltagare-pagaende,1,1\n')}`;

/** This year's report on 2027, and 2021's file read on the built-in 2021. */
const on2027 = ['report', now, '--instrument', test2027, '--year', '2027'];
const with2021 = ['--history', y2021, '--history-instrument', '2021=2021'];

describe('indikera report --history', () => {
  it('sets earlier years beside the report, each read on its own version', async () => {
    const r = await indikera(...on2027, '--history', y2026, ...with2021);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const dp8 = JSON.parse(r.stdout).questions.find((q: { id: string }) => q.id === 'DP8');
    expect(dp8.history).toEqual([
      { year: 2021, question: 'DP2', n: 2, positive: 1, share: 50 },
      { year: 2026, question: 'DP8', n: 2, positive: 1, share: 50 },
    ]);
  });

  it('prints the years side by side in the Markdown report', async () => {
    const r = await indikera(...on2027, '--format', 'md', ...with2021);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Över åren');
    expect(r.stdout).toContain('| Fråga | 2021 | 2027 |');
    expect(r.stdout).toContain('| DP8 | 50 % (DP2) | 100 % |');
  });

  it('names the file and line of an earlier year’s bad answer, exit 1', async () => {
    // 2021's file read on 2027 by mistake: DP2 is no question of 2027.
    const r = await indikera('report', now, '--instrument', test2027, '--history', y2021);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^h-2021\.csv: .*DP2/m);
  });

  it('refuses more than five years, a year twice, and a bad form (exit 2)', async () => {
    const six = [2019, 2020, 2021, 2022, 2023, 2024].flatMap((y) => ['--history', `${y}=h.csv`]);
    expect((await indikera('report', now, ...six)).stderr).toContain('högst 5 tidigare år');
    const twice = await indikera(
      'report',
      now,
      '--history',
      '2021=a.csv',
      '--history',
      '2021=b.csv',
    );
    expect(twice).toMatchObject({ code: 2, stdout: '' });
    expect(twice.stderr).toContain('--history: året 2021 finns två gånger');
    expect((await indikera('report', now, '--history', 'h-2021.csv')).stderr).toContain(
      '--history skrivs <åååå>=<fil>',
    );
    const orphan = await indikera('report', now, '--history-instrument', '2021=2021');
    expect(orphan.stderr).toContain('--history-instrument 2021: inget --history för det året');
  });
});
