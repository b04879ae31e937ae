import { buildReport, tallyResponses } from '@indikera/indicators';
import { getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse';
import { reportCsvColumns, writeReportCsv } from './report-csv';

const nns = getInstrument('2021');
const styrelse = (kon: 'kvinna' | 'man', s1: number) => ({
  group: 'styrelse',
  kon,
  answers: new Map([['S1', s1]]),
});
// Seven women and two men: the men's cell (2) is hidden, so the women's (7) must be too.
const report = buildReport({
  instrument: nns,
  year: 2021,
  tally: tallyResponses([
    ...[6, 6, 5, 4, 3, 5, 6].map((v) => styrelse('kvinna', v)),
    styrelse('man', 6),
    styrelse('man', 2),
  ]),
  riksnitt: new Map([['S1', { all: 60, kvinna: null, man: null }]]),
});

const rowOf = (csv: string, id: string) => {
  const t = parseCsv(csv);
  if (!t.ok) throw new Error('unreadable');
  const record = t.value.records.find((r) => r.fields[1] === id);
  return Object.fromEntries(t.value.header.map((h, i) => [h, record?.fields[i]]));
};

describe('writeReportCsv', () => {
  it('writes one row per question with the key figures', () => {
    const csv = writeReportCsv(report);
    expect(csv.split('\r\n')[0]).toBe(reportCsvColumns.join(','));
    expect(rowOf(csv, 'S1')).toMatchObject({
      grupp: 'styrelse',
      indikator: '12',
      nyckeltal: 'top2',
      svar_i_gruppen: '9',
      n: '9',
      positiva: '6',
      andel: String((100 * 6) / 9),
      typvarde: '6',
      riksnitt: '60',
      jamfort_med_riksnitt: 'higher',
      indikator_jamfort_med_riksnitt: 'higher',
      fordelning: '1:0 2:1 3:1 4:1 5:2 6:4',
    });
  });

  it('never lets a suppressed cell out: n and share are written as –', () => {
    const row = rowOf(writeReportCsv(report), 'S1');
    expect([row.kvinnor_n, row.kvinnor_andel, row.man_n, row.man_andel]).toEqual([
      '–',
      '–',
      '–',
      '–',
    ]);
  });

  it('writes decimal commas with a semicolon delimiter for Swedish Excel', () => {
    const csv = writeReportCsv(report, { delimiter: ';' });
    expect(csv).toContain(';66,66666666666667;');
  });
});
