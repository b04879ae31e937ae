import { describe, expect, it } from 'vitest';
import { readResponseRatesCsv, readRiksnittCsv } from './riksnitt-csv';
import { writeResponseRatesCsv, writeRiksnittCsv } from './riksnitt-csv-write';

describe('writeRiksnittCsv', () => {
  it('writes rows that readRiksnittCsv reads back as the same numbers', () => {
    const rows = [
      { year: 2021, question: 'DP1', all: (100 * 2) / 3, kvinna: 100, man: 0 },
      { year: 2021, question: 'S1', all: 0.0001, kvinna: null, man: null },
    ];
    const text = writeRiksnittCsv(rows);
    expect(text.split('\r\n')[0]).toBe('year,question,all,kvinna,man');
    expect(readRiksnittCsv(text)).toEqual({ ok: true, value: rows });
  });
});

describe('writeResponseRatesCsv', () => {
  it('writes rows that readResponseRatesCsv reads back', () => {
    const rows = [{ year: 2021, group: 'personal', responseRate: 76.25 }];
    expect(readResponseRatesCsv(writeResponseRatesCsv(rows))).toEqual({ ok: true, value: rows });
  });
});
