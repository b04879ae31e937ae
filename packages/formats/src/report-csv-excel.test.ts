import { buildReport, tallyResponses } from '@indikera/indicators';
import { type Gender, getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { scanCsv } from './csv-parse';
import { writeReportCsvExcel } from './report-csv-excel';

const nns = getInstrument('2021');
const answer = (kon: Gender, question: string, value: number) => ({
  group: 'personal',
  kon,
  answers: new Map([[question, value]]),
});
// P1: 7 of 8 women and 4 of 7 men positive; the one "annat" hides the men too.
const report = buildReport({
  instrument: nns,
  year: 2021,
  tally: tallyResponses([
    ...[6, 6, 6, 5, 5, 5, 6, 2].map((v) => answer('kvinna', 'P1', v)),
    ...[6, 6, 5, 5, 1, 2, 3].map((v) => answer('man', 'P1', v)),
    { group: 'personal', kon: null, answers: new Map([['P1', 4]]) },
  ]),
  previous: tallyResponses([6, 6, 1, 2, 3, 4].map((v) => answer('kvinna', 'P1', v))),
  riksnitt: new Map([['P1', { all: 65.5, kvinna: 62, man: 55 }]]),
  groups: ['personal'],
});

/**
 * Reads the file as Swedish Excel opens a .csv: a byte-order mark means UTF-8, the list
 * separator is `;`, a number is digits with a decimal comma (a decimal point makes text).
 */
function openAsSwedishExcel(csv: string) {
  expect(csv.startsWith('\uFEFF'), 'byte-order mark').toBe(true);
  const rows: string[][] = [];
  scanCsv(csv.slice(1), ';', (record) => {
    rows.push([...record.fields]);
    return true;
  });
  const [header = [], ...records] = rows;
  const cell = (value: string): number | string =>
    /^-?\d+(,\d+)?$/.test(value) ? Number(value.replace(',', '.')) : value;
  return {
    header,
    rows: records.map((r) => Object.fromEntries(header.map((h, i) => [h, cell(r[i] ?? '')]))),
  };
}

describe('writeReportCsvExcel', () => {
  const sheet = openAsSwedishExcel(writeReportCsvExcel(report, nns));
  const p1 = sheet.rows.find((r) => r.Fråga === 'P1') ?? {};

  it('opens in columns, with Swedish headers', () => {
    expect(sheet.header.length).toBeGreaterThan(20);
    expect(sheet.header.slice(0, 5)).toEqual([
      'Indikator',
      'Fråga',
      'Frågetext',
      'Respondentgrupp',
      'Nyckeltal',
    ]);
    expect(sheet.rows).toHaveLength(report.questions.length);
  });

  it('has the figures as printed, numbers with a decimal comma, and Swedish words', () => {
    expect(p1).toMatchObject({
      Indikator: 3,
      Respondentgrupp: 'Personal i insatserna',
      Nyckeltal: 'Klart positiva svar',
      n: 16,
      'Andel %': 69, // 11 of 16 = 68.75
      'KI 95 % låg': 44.4,
      'KI 95 % hög': 85.8,
      Typvärde: 'Alltid',
      'Kvinnor %': 88,
      'Män %': '–',
      'Riksnitt %': 66, // 65.5 printed
      'Jämfört med riket': 'Högre än riket', // 69 against 66
      'Förra året %': 33,
      'Förra året kvinnor %': 33,
      'Förra året män %': '–',
      'Jämfört med förra året': '↑ Högre än förra året',
    });
    expect(p1.Frågetext).toMatch(/^\S/);
    // Nothing Excel would read as a date or as text where a number belongs.
    for (const row of sheet.rows)
      for (const value of Object.values(row))
        if (typeof value === 'string') expect(value).not.toMatch(/^-?\d+\.\d+$/);
  });
});
