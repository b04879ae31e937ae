import { getInstrument } from '@indikera/instrument';
import { describe, expect, it } from 'vitest';
import writeXlsxFile, { type Row } from 'write-excel-file/node';
import { formatLineError } from './line-error';
import { readResponsesCsv } from './responses-csv';
import { readResponsesXlsx } from './responses-xlsx';

const nns = getInstrument('2021');
const xlsx = (rows: Row[]): Promise<Uint8Array> => writeXlsxFile(rows).toBuffer();
const day = (iso: string) => ({
  value: new Date(`${iso}T00:00:00Z`),
  type: Date,
  format: 'yyyy-mm-dd',
});

type Plain = string | number | null;
/** The same content as a CSV: what the spreadsheet would save. */
const csvOf = (rows: readonly (readonly Plain[])[]) =>
  rows.map((r) => r.map((v) => v ?? '').join(',')).join('\n');
const errorsOf = async (rows: Row[]) => {
  const r = await readResponsesXlsx(await xlsx(rows), nns);
  return r.ok ? [] : r.errors.map(formatLineError);
};

describe('readResponsesXlsx', () => {
  it('reads numbers, a date cell and text as the CSV reader reads the same content', async () => {
    const r = await readResponsesXlsx(
      await xlsx([
        ['Grupp', 'KON', 'insats', 'datum', 'da8', 'DA9', 'DA1'],
        ['deltagare-avslut', 'kvinna', 'Steget fram', day('2021-03-04'), 'JA', 5, 6],
        [],
        ['deltagare-avslut', null, null, '2021-03-05', 'nej', null, null],
      ]),
      nns,
    );
    const csv = readResponsesCsv(
      'Grupp,KON,insats,datum,da8,DA9,DA1\n' +
        'deltagare-avslut,kvinna,Steget fram,2021-03-04,JA,5,6\n' +
        '\n' +
        'deltagare-avslut,,,2021-03-05,nej,,\n',
      nns,
    );
    expect(r).toEqual(csv);
    expect(r).toEqual({
      ok: true,
      value: [
        {
          line: 2,
          group: 'deltagare-avslut',
          kon: 'kvinna',
          insats: 'Steget fram',
          datum: '2021-03-04',
          answers: new Map<string, unknown>([
            ['DA8', 'ja'],
            ['DA9', 5],
            ['DA1', 6],
          ]),
        },
        {
          line: 4,
          group: 'deltagare-avslut',
          kon: null,
          insats: null,
          datum: '2021-03-05',
          answers: new Map([['DA8', 'nej']]),
        },
      ],
    });
  });

  it('reports the same line N: column X problems as the CSV reader, by spreadsheet row', async () => {
    const rows: Plain[][] = [
      ['grupp', 'kon', 'datum', 'DP1', 'DA8', 'DA9', 'P1'],
      ['deltagare-pagaende', 'kvinna', '2021-01-01', 5, null, null, null], // valid
      [null, 'kvinna', null, 5, null, null, null], // grupp missing
      [], // empty: skipped, still counted
      ['deltagare-pagaende', 'okänd', null, 7, null, null, null], // bad kön, out of scale
      ['deltagare-avslut', null, null, null, 'nej', 4, null], // DA9 without DA8 = ja
      ['deltagare-avslut', null, null, null, null, null, 3], // another group's question
      ['personal', null, 20210230, null, null, null, 3], // a number is no date
      ['deltagare-pagaende', null, null, 4.5, null, null, null], // not a scale step
      ['deltagare-avslut', 'man', null, null, 'kanske', null, null], // yes/no out of scale
    ];
    const errors = await errorsOf(rows);
    const csv = readResponsesCsv(csvOf(rows), nns);
    expect(errors).toEqual(csv.ok ? [] : csv.errors.map(formatLineError));
    expect(errors).toEqual([
      'line 3: column grupp: saknas',
      expect.stringMatching(/^line 5: column kon: ogiltigt kön/),
      expect.stringMatching(/^line 5: column DP1: "7" finns inte på skalan/),
      expect.stringMatching(/^line 6: column DA9: besvaras bara när DA8 är ja/),
      expect.stringMatching(/^line 7: column P1: frågan hör till gruppen personal/),
      expect.stringMatching(/^line 8: column datum: "20210230" är inget datum/),
      expect.stringMatching(/^line 9: column DP1: "4.5" finns inte på skalan/),
      expect.stringMatching(/^line 10: column DA8: "kanske" finns inte på skalan/),
    ]);
  });

  it('refuses unknown, duplicate and missing columns, and values beyond the header', async () => {
    expect(await errorsOf([['grupp', 'DP1', 'namn', 'dp1']])).toEqual([
      expect.stringMatching(/^line 1: column namn: okänd kolumn/),
      'line 1: column dp1: kolumnen finns mer än en gång',
    ]);
    expect(
      await errorsOf([
        ['kon', 'DP1'],
        ['kvinna', 5],
      ]),
    ).toEqual(['line 1: column grupp: kolumnen saknas']);
    expect(
      await errorsOf([
        ['grupp', 'DP1'],
        ['deltagare-pagaende', 5, 6],
      ]),
    ).toEqual(['line 2: raden har 3 fält men rubrikraden 2']);
    expect(await errorsOf([[], ['grupp', 'DP1']])).toEqual(['line 1: filen saknar rubrikrad']);
  });

  it('gives a clear error, not an exception, for a file that is no workbook', async () => {
    const unreadable = {
      ok: false,
      errors: [{ line: 0, message: 'filen är ingen läsbar Excel-fil (.xlsx)' }],
    };
    const csv = new TextEncoder().encode('grupp,DP1\ndeltagare-pagaende,5\n');
    expect(await readResponsesXlsx(csv, nns)).toEqual(unreadable);
    expect(await readResponsesXlsx(new Uint8Array(), nns)).toEqual(unreadable);
    const broken = (await xlsx([['grupp'], ['styrelse']])).slice(0, 200);
    expect(await readResponsesXlsx(broken, nns)).toEqual(unreadable);
  });
});
