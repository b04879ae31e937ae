import { buildReport, tallyResponses } from '@indikera/indicators';
import { withLocalQuestions } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import { writeReportCsv } from './report-csv';
import { writeReportCsvExcel } from './report-csv-excel';
import { nns } from './report-fixture';

const instrument = withLocalQuestions(nns, [
  {
    group: 'personal',
    number: 1,
    text: 'Känner du till förbundets mål?',
    scale: 'yesno',
    positive: { answer: 'ja' },
  },
]);
const report = buildReport({
  instrument,
  groups: ['personal'],
  tally: tallyResponses(
    [...Array(7).fill('ja'), 'nej'].map((value) => ({
      group: 'personal',
      kon: null,
      answers: new Map([['LP1', value as string]]),
    })),
  ),
});

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
