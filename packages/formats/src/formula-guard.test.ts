/**
 * A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a CR
 * first) is written with a leading `'` in every CSV and XLSX; numbers stay numbers.
 * The hole before: `-1+HYPERLINK(…)` passed because it starts like a negative number.
 */
import { buildReport, tallyResponses } from '@indikera/indicators';
import { getInstrument, type InstrumentVersion } from '@indikera/instrument';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-write';
import { formulaSafe } from './formula-guard';
import { writeReportXlsx } from './report-xlsx';

const ATTACKS = [
  '=HYPERLINK("https://evil.example","x")',
  '+1+1',
  '-1+HYPERLINK("https://evil.example")',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
];

describe('formulaSafe', () => {
  it('neutralises every cell that would start a formula', () => {
    for (const cell of ATTACKS) expect(formulaSafe(cell), JSON.stringify(cell)).toBe(`'${cell}`);
  });

  it('leaves numbers and ordinary text alone', () => {
    for (const cell of ['-5', '+3', '-2.5', '-2,5', '12', 'Steget fram', '', 'a=b'])
      expect(formulaSafe(cell)).toBe(cell);
  });
});

describe('the writers', () => {
  it('write no formula into a CSV', () => {
    const csv = toCsv([ATTACKS.slice(0, 4)], ';');
    expect(csv.split(';').every((cell) => /^"?'/.test(cell))).toBe(true);
  });

  it('write no formula into an XLSX report', async () => {
    const nns = getInstrument('2021');
    const text = '-1+HYPERLINK("https://evil.example")';
    const instrument: InstrumentVersion = {
      ...nns,
      questions: nns.questions.map((q) => (q.id === 'S1' ? { ...q, text } : q)),
    };
    const report = buildReport({
      instrument,
      year: 2021,
      tally: tallyResponses([{ group: 'styrelse', kon: null, answers: new Map([['S1', 5]]) }]),
      groups: ['styrelse'],
    });
    const sheets = await readXlsxFile(Buffer.from(await writeReportXlsx(report, instrument)));
    const cells = sheets.flatMap((s) => s.data.flat());
    expect(cells).toContain(`'${text}`);
    expect(cells).not.toContain(text);
  });
});
