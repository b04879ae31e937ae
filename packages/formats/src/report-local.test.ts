import { describe, expect, it } from 'vitest';
import { writeReportCsv } from './report-csv';
import { writeReportCsvExcel } from './report-csv-excel';
import { localReport, nnsWithLocal } from './report-fixture';

const instrument = nnsWithLocal;
const report = localReport;

describe('the report files with a local question', () => {
  it('say Lokal fråga in the Indikator column of the CSV for Excel', () => {
    const line = writeReportCsvExcel(report, instrument)
      .split('\r\n')
      .find((l) => l.includes(';LP1;'));
    expect(
      line?.startsWith(
        'Lokal fråga;LP1;Känner du till förbundets mål?;Personal i insatserna;Svar ja;8;8;7;88;',
      ),
    ).toBe(true);
  });

  it('leave the indicator empty in the CSV for scripts', () => {
    const line = writeReportCsv(report)
      .split(/\r?\n/)
      .find((l) => l.includes(',LP1,'));
    expect(line?.startsWith('personal,LP1,,yes,8,8,7,')).toBe(true);
  });
});
