import { describe, expect, it } from 'vitest';
import { formatLineError } from './line-error';
import { readResponseRatesCsv, readRiksnittCsv, riksnittOfYear } from './riksnitt-csv';

describe('readRiksnittCsv', () => {
  it('reads shares with decimal point or comma, empty cells as null, extra columns ignored', () => {
    const r = readRiksnittCsv(
      'year;question;all;kvinna;man;source\n2021;DP1;75;76,5;73.25;003:1779\n2021;P1;72;;;003:1841\n',
    );
    expect(r).toEqual({
      ok: true,
      value: [
        { year: 2021, question: 'DP1', all: 75, kvinna: 76.5, man: 73.25 },
        { year: 2021, question: 'P1', all: 72, kvinna: null, man: null },
      ],
    });
    if (r.ok)
      expect(riksnittOfYear(r.value, 2021).get('P1')).toEqual({ all: 72, kvinna: null, man: null });
  });

  it('names each bad cell, a duplicate row, and a decimal comma that split a row', () => {
    const r = readRiksnittCsv(
      'year,question,all,kvinna,man\n21,DP1,75,,\n2021,XX9,101,abc,\n2021,DP1,1,,\n2021,DP1,2,,\n2021,DP2,75,5,,\n',
    );
    expect(r.ok ? [] : r.errors.map(formatLineError)).toEqual([
      'line 2: column year: inget årtal (ÅÅÅÅ)',
      'line 3: column question: okänd fråga "XX9"',
      'line 3: column all: "101" är ingen andel i procent (0–100)',
      'line 3: column kvinna: "abc" är ingen andel i procent (0–100)',
      'line 5: DP1 för 2021 finns redan på en tidigare rad',
      expect.stringMatching(/^line 6: raden har 6 fält men rubrikraden 5/),
    ]);
  });

  it('needs its columns', () => {
    const r = readRiksnittCsv('year,question,all\n');
    expect(r.ok ? [] : r.errors.map(formatLineError)).toEqual([
      'line 1: column kvinna: kolumnen saknas',
      'line 1: column man: kolumnen saknas',
    ]);
  });
});

describe('readResponseRatesCsv', () => {
  it('reads national response rates per group', () => {
    expect(
      readResponseRatesCsv('year,group,response_rate,source\n2021,personal,79,003:1758\n'),
    ).toEqual({
      ok: true,
      value: [{ year: 2021, group: 'personal', responseRate: 79 }],
    });
    const bad = readResponseRatesCsv('year,group,response_rate\n2021,okänd,\n');
    expect(bad.ok ? [] : bad.errors.map((e) => e.column)).toEqual(['group', 'response_rate']);
  });
});
