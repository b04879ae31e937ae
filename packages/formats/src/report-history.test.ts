import { buildReport, type Report, tallyResponses } from '@indikera/indicators';
import { type AnswerValue, loadInstrument, nns2021 } from '@indikera/instrument';
import test2027File from '@indikera/instrument/test-fixtures/nns-2027-test.json';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { writeReportCsv } from './report-csv';
import { writeReportCsvExcel } from './report-csv-excel';
import { historyYears } from './report-history';
import { writeReportXlsx } from './report-xlsx';

const v2027 = loadInstrument(test2027File);
const rows = (count: number, answers: Record<string, AnswerValue>, insats: string | null = null) =>
  Array.from({ length: count }, () => ({
    group: 'deltagare-pagaende',
    kon: null,
    insats,
    answers: new Map(Object.entries(answers)),
  }));

// DP8 continues 2021's DP2; in 2026 DP1 is withheld in the view of insats A (two outside).
const report: Report = buildReport({
  instrument: v2027,
  year: 2027,
  insats: 'A',
  groups: ['deltagare-pagaende'],
  tally: tallyResponses(rows(10, { DP1: 6, DP8: 6 }, 'A')),
  history: [
    { year: 2021, instrument: nns2021, tally: tallyResponses(rows(8, { DP2: 6 }, 'A')) },
    {
      year: 2026,
      instrument: v2027,
      tally: tallyResponses([...rows(10, { DP1: 5, DP8: 1 }, 'A'), ...rows(2, {})]),
    },
  ],
});
const cellsOf = (csv: string, id: string) =>
  csv
    .split('\r\n')
    .find((line) => line.split(/[;,]/)[1] === id)
    ?.split(/[;,]/) ?? [];

describe('the earlier years in the exports', () => {
  it('adds n, andel and the question id per year to the CSV for scripts', () => {
    const csv = writeReportCsv(report);
    const header = csv.split('\r\n')[0]?.split(',') ?? [];
    expect(header.slice(-6)).toEqual([
      'n_2021',
      'andel_2021',
      'fraga_2021',
      'n_2026',
      'andel_2026',
      'fraga_2026',
    ]);
    expect(cellsOf(csv, 'DP8').slice(-6)).toEqual([
      '8',
      '100',
      'DP2',
      'för få svar för att visa',
      '',
      'DP8',
    ]);
  });

  it('adds each year’s printed share to the CSV for Excel, – where withheld', () => {
    const csv = writeReportCsvExcel(report, v2027);
    expect(csv.split('\r\n')[0]?.split(';').slice(-2)).toEqual(['2021 %', '2026 %']);
    const dp1 =
      csv
        .split('\r\n')
        .find((l) => l.split(';')[1] === 'DP1')
        ?.split(';') ?? [];
    expect(dp1.slice(-2)).toEqual(['', '–']);
  });

  it('adds a column per year to the sheet Frågor of the workbook', async () => {
    const sheets = await readXlsxFile(Buffer.from(await writeReportXlsx(report, v2027)));
    const [header = [], ...data] = sheets.find((s) => s.sheet === 'Frågor')?.data ?? [];
    expect(header.slice(-2)).toEqual(['2021 %', '2026 %']);
    const dp8 = data.find((r) => r[1] === 'DP8') ?? [];
    expect(dp8.slice(-2)).toEqual([100, '–']);
  });

  it('adds nothing to a report without earlier years', () => {
    const plain = buildReport({ instrument: nns2021, tally: tallyResponses([]) });
    expect(historyYears(plain)).toEqual([]);
    expect(writeReportCsv(plain).split('\r\n')[0]?.endsWith(',fordelning')).toBe(true);
  });
});
